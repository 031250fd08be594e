import { z } from 'zod';
import { FindingGrade } from '../audits/finding';

/**
 * A programme manager's signed record that a finding needs no corrective action (ISO 27001 10.1:
 * an observation or an opportunity for improvement may rightly end without one). id = the
 * finding's id, so a finding is exempted at most once; written once, never changed, signed with
 * the meaning `closure`. The grade is kept as it was when the decision was taken, because a later
 * regrade must not silently turn an exemption into a closed nonconformity.
 */
export const NcExemptionRecord = z.object({
  findingId: z.string().min(1).max(191),
  reason: z.string().trim().min(1).max(2000),
  grade: FindingGrade,
  by: z.string().min(1).max(128),
  at: z.string().min(1),
});
export type NcExemptionRecord = z.infer<typeof NcExemptionRecord>;

/**
 * What the programme manager writes: why no corrective action is needed, or for an opportunity
 * for improvement the decision not to act on it (10.1), so the wording covers both.
 */
export const ExemptionReason = z
  .string()
  .trim()
  .min(10, 'Write the reason no action is needed or none will be taken (at least 10 characters)')
  .max(2000, 'The reason is at most 2000 characters');
