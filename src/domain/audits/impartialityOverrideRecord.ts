import { z } from 'zod';
import { approvedBySomeoneElse, OverrideJustification } from '../auditors/impartiality';

/**
 * A programme manager's decision to let one auditor audit one area of one audit despite owning or
 * working in it. Append-only, and effective only once signed with meaning `impartialityOverride`
 * by the programme manager who made it.
 */
export const ImpartialityOverrideRecord = z
  .object({
    auditId: z.string().min(1),
    auditorId: z.string().min(1),
    areaId: z.string().min(1),
    reason: z.enum(['owner', 'member']),
    justification: OverrideJustification.max(2000),
    approvedBy: z.string().min(1),
    approvedAt: z.string().min(1),
  })
  .refine(...approvedBySomeoneElse);
export type ImpartialityOverrideRecord = z.infer<typeof ImpartialityOverrideRecord>;
