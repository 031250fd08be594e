import { z } from 'zod';
import { ClauseId, domainCovers } from '../catalogue/requirementIds';
import { parseInput } from '../parseInput';

const accountId = z.string().trim().min(1).max(128);

/**
 * Who runs one ISMS process, set once in the programme settings: the audit programme (9.2), the
 * management review (9.3), risk assessment and treatment (6.1, 8.2, 8.3), and so on. The clauses
 * name what an audit of that process examines; a parent clause stands for its sub-clauses.
 */
export const ProcessOwner = z.object({
  process: z.string().trim().min(1, 'Name the process (e.g. "Management review")').max(200),
  clauseIds: z
    .array(ClauseId)
    .min(1, 'Name at least one clause the process answers (e.g. 9.3)')
    .max(30)
    .refine((ids) => new Set(ids).size === ids.length, 'A clause is listed twice'),
  ownerId: accountId,
});
export type ProcessOwner = z.infer<typeof ProcessOwner>;

/** One Annex A control's owner as the Statement of Applicability records it. */
export const ControlOwner = z.object({ controlId: z.string().min(1), ownerId: accountId.nullable() });

export const OwnershipCheck = z.object({
  auditorId: z.string().min(1),
  /** The audit's checklist lines (its scope expanded to leaf clauses and controls). */
  scopeItemIds: z.array(z.string().min(1)),
  controlOwners: z.array(ControlOwner).default([]),
  processOwners: z.array(ProcessOwner).default([]),
});
export type OwnershipCheck = z.input<typeof OwnershipCheck>;

export interface OwnershipConflict {
  auditorId: string;
  itemId: string;
  reason: 'controlOwner' | 'processOwner';
  /** The process's name for a process owner; null for a control owner. */
  process: string | null;
}

/**
 * Impartiality towards what one owns (9.2.2 b): the scope lines whose Annex A control the SoA gives
 * the auditor, or whose clause falls under a process the auditor runs. One conflict per line, in
 * scope order; a control owner's conflict comes before a process owner's on the same line.
 */
export function ownershipConflicts(input: OwnershipCheck): OwnershipConflict[] {
  const { auditorId, scopeItemIds, controlOwners, processOwners } = parseInput(OwnershipCheck, input, 'assignment');
  const ownedControls = new Set(controlOwners.filter((c) => c.ownerId === auditorId).map((c) => c.controlId));
  const runs = processOwners.filter((p) => p.ownerId === auditorId);
  const conflicts: OwnershipConflict[] = [];
  for (const itemId of [...new Set(scopeItemIds)]) {
    if (ownedControls.has(itemId)) {
      conflicts.push({ auditorId, itemId, reason: 'controlOwner', process: null });
      continue;
    }
    const process = runs.find((p) => p.clauseIds.some((clause) => domainCovers(clause, itemId)));
    if (process) conflicts.push({ auditorId, itemId, reason: 'processOwner', process: process.process });
  }
  return conflicts;
}

/** The conflict in plain words: "Ana owns control A.8.15 in the Statement of Applicability". */
export function describeOwnership(name: string, conflict: OwnershipConflict): string {
  return conflict.reason === 'controlOwner'
    ? `${name} owns control ${conflict.itemId} in the Statement of Applicability`
    : `${name} runs ${conflict.process ?? 'the process'}, which ${conflict.itemId} examines`;
}
