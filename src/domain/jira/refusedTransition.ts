import { z } from 'zod';

const id = z.string().min(1).max(191).nullable();

/**
 * A closing transition the verification gate refused because the issue's `iso27001-audit`
 * property disagreed with the store: it named a corrective action, finding or review decision the
 * store does not map to this issue. Any Jira user who may edit an issue can set its properties, so
 * such a property is an attempt to borrow another record's standing (21 CFR 11.10(d), (g)):
 * written once, never changed, each one in the trail, as signing attempts are.
 */
export const RefusedTransition = z.object({
  issueKey: z.string().min(1).max(191),
  toStatusId: z.string().min(1).max(191),
  at: z.string(),
  /** What the issue's property named, as read at the transition. */
  property: z.object({
    auditId: id,
    findingId: id,
    correctiveActionId: id,
    reviewDecisionId: id,
  }),
  /** The tracked records (`trackedIssueId`s) the property named that the store maps elsewhere or nowhere. */
  disagreeing: z.array(z.string().min(1).max(400)).min(1).max(3),
  message: z.string().max(2000),
});
export type RefusedTransition = z.infer<typeof RefusedTransition>;
