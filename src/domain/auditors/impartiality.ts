import { z } from 'zod';
import { invalidInput } from '../failure';
import { parseInput } from '../parseInput';

/**
 * Auditor impartiality (9.2.2 b): nobody audits an area they own or work in. A conflict blocks the
 * assignment unless a programme manager — someone other than the auditor — overrides that one
 * conflict with a written justification and a signature.
 */
export const AreaPeople = z.object({
  id: z.string().min(1),
  ownerId: z.string().min(1),
  memberIds: z.array(z.string().min(1)).default([]),
});
export type AreaPeople = z.input<typeof AreaPeople>;

export const ImpartialityCheck = z.object({
  auditorId: z.string().min(1),
  areas: z.array(AreaPeople),
  /** The areas the audit covers: each must be one of `areas`. */
  scopeAreaIds: z.array(z.string().min(1)),
});
export type ImpartialityCheck = z.input<typeof ImpartialityCheck>;

export interface ImpartialityConflict {
  auditorId: string;
  areaId: string;
  /** `owner` wins when the auditor is both owner and member. */
  reason: 'owner' | 'member';
}

/**
 * The scope areas the auditor owns or is a member of, one conflict per area, ordered by area id.
 * An area in scope that is not described in `areas` cannot be checked, so it is refused rather than
 * passed (fail closed).
 */
export function impartialityConflicts(input: ImpartialityCheck): ImpartialityConflict[] {
  const { auditorId, areas, scopeAreaIds } = parseInput(ImpartialityCheck, input, 'assignment');
  const byId = new Map(areas.map((area) => [area.id, area]));
  const conflicts: ImpartialityConflict[] = [];
  for (const areaId of [...new Set(scopeAreaIds)].sort()) {
    const area = byId.get(areaId);
    if (!area) throw invalidInput('assignment.scopeAreaIds', `Area ${areaId} is in scope but its people are not known`);
    if (area.ownerId === auditorId) conflicts.push({ auditorId, areaId, reason: 'owner' });
    else if (area.memberIds.includes(auditorId)) conflicts.push({ auditorId, areaId, reason: 'member' });
  }
  return conflicts;
}

export type AssignmentCheck = { ok: true } | { ok: false; conflicts: ImpartialityConflict[] };

/** Whether the auditor may be assigned to the scope as it stands, before any override. */
export function canAssign(input: ImpartialityCheck): AssignmentCheck {
  const conflicts = impartialityConflicts(input);
  return conflicts.length === 0 ? { ok: true } : { ok: false, conflicts };
}

export const minOverrideJustificationLength = 20;

/** Why a conflict may be overridden, in words an inspector can weigh. */
export const OverrideJustification = z
  .string()
  .trim()
  .min(minOverrideJustificationLength, `Explain the override in at least ${minOverrideJustificationLength} characters`);

/**
 * Separation of duties: an override is approved by someone other than the auditor whose conflict it
 * lifts. One rule for the request and for the stored record, as zod refinement arguments.
 */
export const approvedBySomeoneElse: [
  (override: { approvedBy: string; auditorId: string }) => boolean,
  { message: string; path: string[] },
] = [
  (override: { approvedBy: string; auditorId: string }) => override.approvedBy !== override.auditorId,
  { message: 'An auditor cannot approve an override of their own conflict', path: ['approvedBy'] },
];

/** An override names exactly one thing it lifts: an area (owner, member) or a scope line (control, process owner). */
export const oneAreaOrLine: [
  (override: { areaId?: string | undefined; itemId?: string | undefined }) => boolean,
  { message: string; path: string[] },
] = [
  (override) => (override.areaId === undefined) !== (override.itemId === undefined),
  { message: 'Name either the area or the scope line the override is for', path: ['areaId'] },
];

/** A programme manager's signed decision to let one auditor audit one area despite a conflict. */
export const ImpartialityOverride = z
  .object({
    auditorId: z.string().min(1),
    /** The area it lifts a conflict on, or (`itemId`) the scope line an owned control or process is on. */
    areaId: z.string().min(1).optional(),
    itemId: z.string().min(1).optional(),
    justification: OverrideJustification,
    /** The approving programme manager's account id. */
    approvedBy: z.string().min(1),
    /** The electronic signature record of the approval. */
    signatureId: z.string().min(1),
  })
  .refine(...approvedBySomeoneElse)
  .refine(...oneAreaOrLine);
export type ImpartialityOverride = z.input<typeof ImpartialityOverride>;

/** What a conflict or an override is about: an area, or one scope line. */
const subjectKey = (x: { auditorId: string; areaId?: string | undefined; itemId?: string | undefined }) =>
  JSON.stringify(x.areaId !== undefined ? [x.auditorId, 'area', x.areaId] : [x.auditorId, 'item', x.itemId]);

/**
 * The conflicts still blocking once overrides are applied. An override lifts exactly the conflict
 * with its auditor and area (or scope line), and only when it is valid (schema above) and approved by one of
 * `programmeManagerIds`; anything else lifts nothing.
 */
export function conflictsAfterOverrides<
  C extends { auditorId: string; areaId?: string | undefined; itemId?: string | undefined },
>(
  conflicts: readonly C[],
  overrides: readonly ImpartialityOverride[],
  approvers: { programmeManagerIds: readonly string[] },
): C[] {
  const lifted = new Set(
    overrides
      .map((override) => ImpartialityOverride.safeParse(override))
      .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
      .filter((override) => approvers.programmeManagerIds.includes(override.approvedBy))
      .map(subjectKey),
  );
  return conflicts.filter((conflict) => !lifted.has(subjectKey(conflict)));
}
