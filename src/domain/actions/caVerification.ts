import { z } from 'zod';
import { ImplementationStep, PlanStep } from './correctiveAction';

const recordedBy = { by: z.string().min(1), at: z.string().min(1) };

export const VerificationResult = z.enum(['effective', 'notEffective']);
export type VerificationResult = z.infer<typeof VerificationResult>;

/**
 * One effectiveness verification of a corrective action. Append-only, id
 * `<correctiveActionId>:v<round>`, and it counts only once signed with meaning `verified` by the
 * verifier, who is neither the action's implementer nor its Jira assignee at the time.
 */
export const CaVerificationRecord = z
  .object({
    correctiveActionId: z.string().min(1),
    round: z.number().int().min(1),
    result: VerificationResult,
    note: z.string().trim().min(1, 'Say what you checked and what you found').max(5000),
    verifierId: z.string().min(1),
    implementerId: z.string().min(1),
    /** The Jira assignee when it was verified (null: unassigned). */
    assigneeId: z.string().nullable(),
    /** The owner of the plan it judged (null: verified before plan owners were excluded). */
    planOwnerId: z.string().nullable().default(null),
    verifiedAt: z.string().min(1),
    /**
     * The plan and implementation this verification judged. A "not effective" result takes them
     * off the action (a new plan is needed), so the signed verification is where they stay.
     */
    verifiedAction: z
      .object({
        plan: PlanStep.extend(recordedBy),
        implementation: ImplementationStep.extend(recordedBy),
      })
      .nullable()
      .default(null),
  })
  .refine((v) => v.verifierId !== v.implementerId, {
    message: 'The implementer cannot verify their own action',
    path: ['verifierId'],
  })
  .refine((v) => v.verifierId !== v.assigneeId, {
    message: "The action's assignee cannot verify it",
    path: ['verifierId'],
  })
  .refine((v) => v.verifierId !== v.planOwnerId, {
    message: "The owner of the action's plan cannot verify it",
    path: ['verifierId'],
  });
export type CaVerificationRecord = z.infer<typeof CaVerificationRecord>;

export const verificationIdFor = (correctiveActionId: string, round: number) => `${correctiveActionId}:v${round}`;
