import { z } from 'zod';
import { IsoDate } from '../calendar/calendarDate';
import type { CorrectiveActionRecord } from './correctiveAction';

export const ExtensionDecision = z.enum(['approved', 'refused']);
export type ExtensionDecision = z.infer<typeof ExtensionDecision>;

/** What the person asking for more time writes. */
export const ExtensionRequest = z.object({
  toDate: IsoDate,
  justification: z
    .string()
    .trim()
    .min(1, 'Say why the action needs more time')
    .max(5000, 'The justification is at most 5000 characters'),
});
export type ExtensionRequest = z.infer<typeof ExtensionRequest>;

/**
 * A request to move a corrective action's controlled due date (ISO 27001 10.2, and what an
 * inspector asks: who allowed the delay, and why). Requested with a justification; decided by a
 * programme manager who did not request it. An approval counts only once signed with meaning
 * `approved`; the old and new dates stay on the record.
 */
export const DueDateExtensionRecord = ExtensionRequest.extend({
  correctiveActionId: z.string().min(1),
  fromDate: IsoDate,
  requestedBy: z.string().min(1),
  requestedAt: z.string().min(1),
  decision: z
    .object({
      result: ExtensionDecision,
      by: z.string().min(1),
      at: z.string().min(1),
      note: z.string().trim().max(5000).default(''),
    })
    .nullable(),
}).refine((e) => e.decision === null || e.decision.by !== e.requestedBy, {
  message: 'Whoever asked for the extension cannot decide it',
  path: ['decision', 'by'],
});
export type DueDateExtensionRecord = z.infer<typeof DueDateExtensionRecord>;

/**
 * The action's controlled due date: the date of the latest signed approved extension, else the
 * plan's date. Only approvals whose signature is in place count (`signedApprovals`).
 */
export function controlledDueDate(
  planDueDate: string,
  signedApprovals: ReadonlyArray<Pick<DueDateExtensionRecord, 'toDate' | 'decision'>>,
): string {
  const latest = [...signedApprovals]
    .filter((e) => e.decision?.result === 'approved')
    .sort((a, b) => a.decision!.at.localeCompare(b.decision!.at))
    .at(-1);
  return latest?.toDate ?? planDueDate;
}

/**
 * The controlled due date of a stored action from the decided extensions at hand (the registers
 * and KPI series read every extension in one statement): those of this action's current plan
 * whose decision is an approval. An approval is written, then signed in the same request; the
 * action views and the overdue list count it only once its signature is in place.
 */
export function controlledDueDateOf(
  correctiveActionId: string,
  action: Pick<CorrectiveActionRecord, 'plan'>,
  extensions: ReadonlyArray<{ record: DueDateExtensionRecord }>,
): string | null {
  const plan = action.plan;
  if (!plan) return null;
  const approved = extensions
    .map((e) => e.record)
    .filter((e) => e.correctiveActionId === correctiveActionId && e.requestedAt >= plan.at);
  return controlledDueDate(plan.dueDate, approved);
}

/**
 * Why the plan cannot be due on `dueDate`, or null. Not in the past, and not after the date the
 * due-date policy of the action's strictest finding sets: the plan may bring the date forward,
 * never push it back. A later date needs an approved extension.
 */
export function planDueDateProblem(terms: {
  dueDate: string;
  today: string;
  policyDate: string | null;
  policyWords: string;
}): string | null {
  if (terms.dueDate < terms.today) return `The due date ${terms.dueDate} is already past (today is ${terms.today})`;
  if (terms.policyDate !== null && terms.dueDate > terms.policyDate) {
    return `The policy for a ${terms.policyWords} sets ${terms.policyDate} at the latest; a later date needs an extension approved by a programme manager`;
  }
  return null;
}

/** Why an extension to `toDate` cannot be requested, or null. */
export function extensionRequestProblem(terms: {
  toDate: string;
  currentDueDate: string;
  today: string;
  pending: boolean;
}): string | null {
  if (terms.pending) return 'An extension of this action is already waiting for a decision';
  if (terms.toDate <= terms.currentDueDate) {
    return `An extension moves the due date later than ${terms.currentDueDate}`;
  }
  if (terms.toDate < terms.today) return `The new due date ${terms.toDate} is already past`;
  return null;
}
