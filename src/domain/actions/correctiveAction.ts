import { z } from 'zod';
import { IsoDate } from '../calendar/calendarDate';
import { isCatalogueId } from '../catalogue/catalogue';

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

/**
 * What the action answers: a nonconformity (10.2, corrective: root cause, extent, approved plan,
 * effectiveness verification) or an observation or opportunity for improvement taken up (10.1,
 * improvement: plan and implementation only; it closes when done, with no verification gate).
 */
export const ActionKind = z.enum(['corrective', 'improvement']);
export type ActionKind = z.infer<typeof ActionKind>;

/** Another place the same cause could produce the same nonconformity: an area of the register or a described one. */
export const OtherPlace = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('area'), areaId: z.string().min(1, 'Choose the area').max(191) }).strict(),
  z
    .object({
      kind: z.literal('described'),
      description: z.string().trim().min(1, 'Describe the place').max(500, 'The place is at most 500 characters'),
    })
    .strict(),
]);
export type OtherPlace = z.infer<typeof OtherPlace>;

/**
 * A change to the ISMS the action made (10.2 e): the risk assessment, a Statement of
 * Applicability line (by its catalogue item), a procedure page, or something else.
 */
export const IsmsChange = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('riskAssessment'),
      description: text('change to the risk assessment'),
      url: z
        .url({ protocol: /^https?$/, error: 'A link starting http:// or https://' })
        .max(2000)
        .nullable()
        .default(null),
    })
    .strict(),
  z
    .object({
      kind: z.literal('soaLine'),
      itemId: z
        .string()
        .trim()
        .min(1, 'Choose the control of the SoA line')
        .max(32)
        .refine(isCatalogueId, { error: 'There is no such control or clause in the catalogue' }),
      description: text('change to the SoA line'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('procedure'),
      title: z.string().trim().min(1, 'Name the procedure').max(255),
      url: z.url({ protocol: /^https?$/, error: 'A link starting http:// or https://' }).max(2000),
    })
    .strict(),
  z.object({ kind: z.literal('other'), description: text('change to the ISMS') }).strict(),
]);
export type IsmsChange = z.infer<typeof IsmsChange>;

export const RootCauseMethod = z.enum(['fiveWhys', 'fishbone', 'faultTree', 'other']);

/** What people write at each step (the resolver's input and the stored step, less who and when). */
export const CorrectionStep = z.object({ text: text('correction (containment)') });
export const RootCauseStep = z.object({ method: RootCauseMethod, text: text('root cause') });
export const ExtentStep = z.object({
  text: text('extent'),
  /** Could the same cause produce the same nonconformity elsewhere? Asked, never assumed: no answer is no "no". */
  recurElsewhere: z.boolean({ error: 'Answer whether it could recur elsewhere' }),
  /**
   * Where else it could recur (asked when `recurElsewhere` is true); each may open its own
   * corrective action. Extents recorded before places were asked have none.
   */
  otherPlaces: z
    .array(z.object({ place: OtherPlace, openAction: z.boolean().default(true) }).strict())
    .max(20, 'At most 20 other places')
    .optional(),
});
export const PlanStep = z.object({ text: text('action plan'), ownerId: z.string().min(1).max(128), dueDate: IsoDate });
export const ImplementationStep = z.object({
  text: text('implementation'),
  evidence: z.array(EvidenceLink).min(1, 'Link at least one piece of evidence').max(20),
  /**
   * How the consequences of the nonconformity were dealt with (10.2 a 2). Optional, like the
   * next field, so implementations recorded before these were asked stay valid as stored.
   */
  consequences: z.string().trim().max(5000, 'The consequences are at most 5000 characters').optional(),
  /** The changes made to the ISMS (10.2 e). */
  ismsChanges: z.array(IsmsChange).max(20, 'At most 20 ISMS changes').optional(),
});

/** Another place as the extent recorded it, with the corrective action opened for it (null: none). */
export const RecordedPlace = z.object({
  place: OtherPlace,
  correctiveActionId: z.string().nullable(),
  /** The place's name when recorded (an area's name as it was then), for the record and the panel. */
  name: z.string().max(500).optional(),
});
export type RecordedPlace = z.infer<typeof RecordedPlace>;

/** The corrective action as stored: one record per action, shared by every finding it answers. */
export const CorrectiveActionRecord = z.object({
  /**
   * Absent on actions stored before improvement actions existed: they are all corrective (read it
   * through `kindOf`). Optional rather than defaulted so records built in code need not name it.
   */
  kind: ActionKind.optional(),
  findingIds: z.array(z.string().min(1)).min(1, 'Choose at least one finding'),
  /** The audits of those findings, for listing; none when they all came from outside an audit (an inspection). */
  auditIds: z.array(z.string().min(1)),
  title: z.string().trim().min(1, 'Give the action a title').max(255),
  state: CorrectiveActionState,
  correction: CorrectionStep.extend(recorded),
  rootCause: RootCauseStep.extend(recorded).nullable(),
  extent: ExtentStep.extend({
    ...recorded,
    /**
     * As answered; a stored extent without the answer reads as not answered (null), never as "no",
     * so no record claims a cause cannot recur elsewhere that nobody said so of.
     */
    recurElsewhere: z.boolean().nullable().default(null),
    /** The places as recorded, each with the corrective action opened for it (null: none opened). */
    otherPlaces: z.array(RecordedPlace).optional(),
  }).nullable(),
  plan: PlanStep.extend({
    ...recorded,
    /** The owner's display name when the plan was recorded: the review macros print it without asking Jira. */
    ownerName: z.string().max(255).optional(),
  }).nullable(),
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
  /**
   * The action whose extent found this other place, and the place (null: opened directly). The
   * new action answers the same findings.
   */
  raisedFrom: z
    .object({ correctiveActionId: z.string().min(1), place: OtherPlace })
    .nullable()
    .optional(),
  openedBy: z.string().min(1),
  openedAt: z.string().min(1),
  closedAt: z.string().nullable(),
});
export type CorrectiveActionRecord = z.infer<typeof CorrectiveActionRecord>;

/** An action's kind; actions stored before improvement actions existed are corrective. */
export const kindOf = (action: Pick<CorrectiveActionRecord, 'kind'>): ActionKind => action.kind ?? 'corrective';

type PlacesAnswer = Pick<z.infer<typeof ExtentStep>, 'recurElsewhere' | 'otherPlaces'>;

/**
 * What is wrong with the other places an extent names (null: nothing), with the field to point
 * at: places only when it could recur elsewhere, and each place once. Naming them stays optional
 * on "yes", as extents recorded before places were asked name none and the text may say it.
 */
export function otherPlacesProblem(extent: PlacesAnswer): { field: string; message: string } | null {
  const places = extent.otherPlaces ?? [];
  if (!extent.recurElsewhere && places.length > 0) {
    return {
      field: 'otherPlaces',
      message: 'You answered that it cannot recur elsewhere: name no other places, or answer yes',
    };
  }
  const seen = new Set<string>();
  for (const [index, { place }] of places.entries()) {
    const key = place.kind === 'area' ? `area:${place.areaId}` : `described:${place.description.toLowerCase()}`;
    if (seen.has(key)) return { field: `otherPlaces.${index}`, message: 'This place is named twice' };
    seen.add(key);
  }
  return null;
}

/** The title of the action opened for another place: the original's, naming the place, within 255 characters. */
export function titleForPlace(title: string, placeName: string): string {
  const suffix = ` (${placeName.trim()})`;
  return suffix.length >= 255 ? suffix.trim().slice(0, 255) : `${title.slice(0, 255 - suffix.length)}${suffix}`;
}

/**
 * A newly opened action: nothing recorded after its correction yet. `raisedFrom` names the action
 * whose extent analysis opened it for another place.
 */
export function openedAction(
  opening: Pick<CorrectiveActionRecord, 'findingIds' | 'auditIds' | 'title' | 'state' | 'correction'> &
    Partial<Pick<CorrectiveActionRecord, 'kind' | 'raisedFrom'>>,
): CorrectiveActionRecord {
  return {
    ...opening,
    rootCause: null,
    extent: null,
    plan: null,
    implementation: null,
    planApprovalId: null,
    verificationIds: [],
    notEffectiveCount: 0,
    overdueNotifiedOn: null,
    openedBy: opening.correction.by,
    openedAt: opening.correction.at,
    closedAt: null,
  };
}
