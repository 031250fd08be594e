import { z } from 'zod';
import { approvedBySomeoneElse, oneAreaOrLine, OverrideJustification } from '../auditors/impartiality';

/**
 * A programme manager's decision to let one auditor audit one area of one audit despite owning or
 * working in it, or one scope line whose control or process they own. Append-only, and effective only once signed with meaning `impartialityOverride`
 * by the programme manager who made it.
 */
export const ImpartialityOverrideRecord = z
  .object({
    auditId: z.string().min(1),
    auditorId: z.string().min(1),
    /** The area whose owner or member may audit it, or (`itemId`) the scope line whose control or process they own. */
    areaId: z.string().min(1).optional(),
    itemId: z.string().min(1).optional(),
    reason: z.enum(['owner', 'member', 'controlOwner', 'processOwner']),
    justification: OverrideJustification.max(2000),
    approvedBy: z.string().min(1),
    approvedAt: z.string().min(1),
  })
  .refine(...approvedBySomeoneElse)
  .refine(...oneAreaOrLine);
export type ImpartialityOverrideRecord = z.infer<typeof ImpartialityOverrideRecord>;
