import { z } from 'zod';
import { IsoDate } from '../calendar/calendarDate';

/**
 * The step a corrective action waits for (ISO 27001 10.2): correction (containment) → root-cause
 * analysis → extent (could it recur elsewhere?) → action plan → plan approval (signed, with the
 * effectiveness criteria and check date) → implementation → effectiveness verification → closed.
 * A "not effective" verification sends it back to `plan`, where a new plan is made and approved.
 */
export const CorrectiveActionState = z.enum([
  'rootCause',
  'extent',
  'plan',
  'planApproval',
  'implementation',
  'verification',
  'closed',
]);
export type CorrectiveActionState = z.infer<typeof CorrectiveActionState>;

const text = (what: string) =>
  z.string().trim().min(1, `Describe the ${what}`).max(5000, `The ${what} is at most 5000 characters`);

const recorded = { by: z.string().min(1), at: z.string().min(1) };

export const EvidenceLink = z.object({
  label: z.string().trim().min(1, 'Name the evidence').max(200),
  url: z.url({ protocol: /^https?$/, error: 'A link starting http:// or https://' }).max(2000),
});
export type EvidenceLink = z.infer<typeof EvidenceLink>;

export const RootCauseMethod = z.enum(['fiveWhys', 'fishbone', 'faultTree', 'other']);

/** What people write at each step (the resolver's input and the stored step, less who and when). */
export const CorrectionStep = z.object({ text: text('correction (containment)') });
export const RootCauseStep = z.object({ method: RootCauseMethod, text: text('root cause') });
export const ExtentStep = z.object({
  text: text('extent'),
  /** Could the same cause produce the same nonconformity elsewhere? */
  recurElsewhere: z.boolean(),
});
export const PlanStep = z.object({ text: text('action plan'), ownerId: z.string().min(1).max(128), dueDate: IsoDate });
export const ImplementationStep = z.object({
  text: text('implementation'),
  evidence: z.array(EvidenceLink).min(1, 'Link at least one piece of evidence').max(20),
});

/** The corrective action as stored: one record per action, shared by every finding it answers. */
export const CorrectiveActionRecord = z.object({
  findingIds: z.array(z.string().min(1)).min(1, 'Choose at least one finding'),
  /** The audits of those findings, for listing. */
  auditIds: z.array(z.string().min(1)).min(1),
  title: z.string().trim().min(1, 'Give the action a title').max(255),
  state: CorrectiveActionState,
  correction: CorrectionStep.extend(recorded),
  rootCause: RootCauseStep.extend(recorded).nullable(),
  extent: ExtentStep.extend(recorded).nullable(),
  plan: PlanStep.extend(recorded).nullable(),
  implementation: ImplementationStep.extend(recorded).nullable(),
  /**
   * Id of the signed `caPlanApproval` that let implementation start (null: not approved yet, or
   * sent back to planning). Actions planned before approval existed have none.
   */
  planApprovalId: z.string().nullable().default(null),
  /** Ids of its `caVerification` records, oldest first. */
  verificationIds: z.array(z.string()),
  /** How many verifications found it not effective (each sent it back to planning). */
  notEffectiveCount: z.number().int().min(0),
  /** When the overdue sweep last found it overdue and told the owner (null: not overdue). */
  overdueNotifiedOn: IsoDate.nullable(),
  openedBy: z.string().min(1),
  openedAt: z.string().min(1),
  closedAt: z.string().nullable(),
});
export type CorrectiveActionRecord = z.infer<typeof CorrectiveActionRecord>;
