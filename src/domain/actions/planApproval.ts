import { z } from 'zod';
import { addDays, IsoDate } from '../calendar/calendarDate';
import { PlanStep } from './correctiveAction';

const recordedBy = { by: z.string().min(1), at: z.string().min(1) };

/** What the approver sets when approving a plan: how effectiveness will be judged, and by when. */
export const PlanApprovalTerms = z.object({
  effectivenessCriteria: z
    .string()
    .trim()
    .min(1, 'Say how the effectiveness check will judge the action')
    .max(5000, 'The effectiveness criteria are at most 5000 characters'),
  checkDueDate: IsoDate,
});
export type PlanApprovalTerms = z.infer<typeof PlanApprovalTerms>;

/**
 * One approval of a corrective-action plan (ISO 27001 10.2 c–d): append-only, id
 * `<correctiveActionId>:p<round>`, and it counts only once signed with meaning `approved` by the
 * approver. It keeps the plan it approved, because a "not effective" verification takes the plan
 * off the action. The approver is never the plan's owner: nobody approves their own plan.
 */
export const CaPlanApprovalRecord = PlanApprovalTerms.extend({
  correctiveActionId: z.string().min(1),
  round: z.number().int().min(1),
  approverId: z.string().min(1),
  approvedAt: z.string().min(1),
  approvedPlan: PlanStep.extend(recordedBy),
}).refine((a) => a.approverId !== a.approvedPlan.ownerId, {
  message: 'The owner of a plan cannot approve it',
  path: ['approverId'],
});
export type CaPlanApprovalRecord = z.infer<typeof CaPlanApprovalRecord>;

export const planApprovalIdFor = (correctiveActionId: string, round: number) => `${correctiveActionId}:p${round}`;

/**
 * Why `checkDueDate` cannot be the effectiveness check's due date, or null. The check cannot come
 * before the plan's due date plus the policy's waiting period: an effect needs time to show, and
 * checking the day after implementation only checks that something was done.
 */
export function checkDueDateProblem(terms: { checkDueDate: string; planDueDate: string; waitDays: number }) {
  const earliest = addDays(terms.planDueDate, terms.waitDays);
  if (terms.checkDueDate >= earliest) return null;
  return terms.waitDays === 0
    ? `The effectiveness check cannot be due before the plan, due ${terms.planDueDate}`
    : `The effectiveness check can be due on ${earliest} at the earliest: the plan is due ${terms.planDueDate} and the policy waits ${terms.waitDays} days after implementation for the effect to show`;
}

/** When an action's effectiveness check may be made, and when it is due. */
export interface CheckWindow {
  /** The first day a verification is accepted: implementation plus the waiting period. */
  opensOn: string;
  /** The approved check date, or `opensOn` when a late implementation pushed the window past it. */
  dueOn: string;
}

export function checkWindow(terms: {
  implementedOn: string;
  waitDays: number;
  checkDueDate: string | null;
}): CheckWindow {
  const opensOn = addDays(terms.implementedOn, terms.waitDays);
  const dueOn = terms.checkDueDate !== null && terms.checkDueDate > opensOn ? terms.checkDueDate : opensOn;
  return { opensOn, dueOn };
}

/** Why a verification cannot be recorded on `today`, or null when the check window is open. */
export function checkNotYetOpen(window: CheckWindow, today: string, waitDays: number): string | null {
  if (today >= window.opensOn) return null;
  return `The effectiveness check opens on ${window.opensOn}: the policy waits ${waitDays} days after implementation for the effect to show`;
}
