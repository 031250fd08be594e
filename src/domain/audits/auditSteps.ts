import { z } from 'zod';
import { IsoDate } from '../calendar/calendarDate';
import type { AuditState } from './auditState';
import { minExplanationLength } from './auditState';
import { listInWords } from '../listInWords';

const accountId = z.string().trim().min(1).max(128);
const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

/**
 * The audit's steps besides its state (ISO 19011 6.3–6.5): the plan's approval is a signature on
 * the audit record; the auditees' acknowledgements of the plan, and the opening and closing
 * meetings, are recorded on it. Every step is a write of the audit record, so the trail keeps each.
 */

/** An auditee's acknowledgement that they received and read the plan as it stood at `auditVersion`. */
export const PlanAcknowledgement = z.object({
  auditeeId: accountId,
  /** The audit record's version the auditee read; it acknowledges the plan while the plan is unchanged since. */
  auditVersion: z.number().int().min(1),
  acknowledgedOn: IsoDate,
  acknowledgedAt: z.string(),
  note: z.string().trim().max(2000).default(''),
});
export type PlanAcknowledgement = z.infer<typeof PlanAcknowledgement>;

/** What the lead writes about a meeting: when it was held, who attended, and the points raised. */
export const MeetingContent = z.object({
  heldOn: IsoDate,
  attendeeIds: z
    .array(accountId)
    .min(1, 'Name at least one attendee')
    .max(50)
    .refine(unique, 'An attendee is listed twice'),
  pointsRaised: z.string().trim().max(5000, 'The points raised are at most 5000 characters').default(''),
});
export type MeetingContent = z.infer<typeof MeetingContent>;

/** The auditee's position on one finding at the closing meeting: agreed, or a diverging opinion in their words. */
export const FindingPosition = z.discriminatedUnion('position', [
  z.object({ findingId: z.string().min(1).max(64), position: z.literal('agreed') }),
  z.object({
    findingId: z.string().min(1).max(64),
    position: z.literal('diverging'),
    opinion: z
      .string()
      .trim()
      .min(minExplanationLength, `Write the auditee's diverging opinion (at least ${minExplanationLength} characters)`)
      .max(5000),
  }),
]);
export type FindingPosition = z.infer<typeof FindingPosition>;

export const ClosingMeetingContent = MeetingContent.extend({
  positions: z
    .array(FindingPosition)
    .max(500)
    .default([])
    .refine((positions) => unique(positions.map((p) => p.findingId)), 'A finding has two positions'),
});
export type ClosingMeetingContent = z.infer<typeof ClosingMeetingContent>;

const recorded = { recordedBy: accountId, recordedAt: z.string() };
export const OpeningMeeting = MeetingContent.extend(recorded);
export const ClosingMeeting = ClosingMeetingContent.extend(recorded);
export type ClosingMeeting = z.infer<typeof ClosingMeeting>;

export const AuditSteps = z.object({
  /**
   * The audit record's version at which the plan last changed: an approval signed on this version
   * or a later one approves the plan as it stands (later writes — results, meetings — leave the
   * plan alone). Records from before the steps existed have none: any approval of them counts.
   */
  planVersion: z.number().int().min(1).nullable().default(null),
  acknowledgements: z.array(PlanAcknowledgement).max(200).default([]),
  /**
   * The day fieldwork started under these steps. An audit past planned without it started before
   * the steps were required: it keeps working and is shown as such (see `startedBeforeStepsRequired`).
   */
  fieldworkStartedOn: IsoDate.nullable().default(null),
  openingMeeting: OpeningMeeting.nullable().default(null),
  closingMeeting: ClosingMeeting.nullable().default(null),
});
export type AuditSteps = z.infer<typeof AuditSteps>;

/** The steps of an audit with nothing recorded yet (and of every audit stored before they existed). */
export const noSteps = (): AuditSteps => ({
  planVersion: null,
  acknowledgements: [],
  fieldworkStartedOn: null,
  openingMeeting: null,
  closingMeeting: null,
});

/** The audit's steps as recorded, or none for an audit stored before they existed. */
export const stepsOf = (audit: { steps?: AuditSteps | undefined }): AuditSteps => audit.steps ?? noSteps();

/** Fieldwork began before the app required an approved, acknowledged plan and recorded meetings. */
export function startedBeforeStepsRequired(audit: { state: AuditState; steps?: AuditSteps | undefined }) {
  return audit.state !== 'planned' && stepsOf(audit).fieldworkStartedOn === null;
}

/** Whether an approval or acknowledgement given on `version` still covers the plan (unchanged since). */
export const coversPlan = (version: number, planVersion: number | null) => version >= (planVersion ?? 1);

/** The auditees who have not acknowledged the plan as it stands. */
export function auditeesNotAcknowledged(
  auditeeIds: readonly string[],
  steps: Pick<AuditSteps, 'acknowledgements' | 'planVersion'>,
): string[] {
  const acknowledged = new Set(
    steps.acknowledgements.filter((a) => coversPlan(a.auditVersion, steps.planVersion)).map((a) => a.auditeeId),
  );
  return auditeeIds.filter((id) => !acknowledged.has(id));
}

/** The standing findings with no position recorded at the closing meeting. */
export function findingsWithoutPosition(
  findingIds: readonly string[],
  closing: Pick<ClosingMeeting, 'positions'> | null,
): string[] {
  const placed = new Set((closing?.positions ?? []).map((p) => p.findingId));
  return findingIds.filter((id) => !placed.has(id));
}

/** What the step rules read about an audit, with names already looked up. */
export interface StepFacts {
  title: string;
  state: AuditState;
  legacy: boolean;
  /** Names of the audited areas, for messages. */
  areaNames: readonly string[];
  auditeeIds: readonly string[];
  /** accountId → display name. */
  people: ReadonlyMap<string, string>;
  steps: AuditSteps;
  /** Versions of the audit record signed `approved` (the plan approvals). */
  approvedVersions: readonly number[];
  /** Standing (not withdrawn) findings of the audit. */
  findingIds: readonly string[];
  reportApproved: boolean;
}

/** Whether a signed approval covers the plan as it stands. */
export const planApproved = (facts: Pick<StepFacts, 'approvedVersions' | 'steps'>) =>
  facts.approvedVersions.some((v) => coversPlan(v, facts.steps.planVersion));

/**
 * The step an audit misses before it may move from `from` to `to`, in plain words, or null.
 * Fieldwork starts only on a plan approved with a signature and acknowledged by every auditee;
 * reporting starts once the opening meeting is recorded; the audit closes once its report is
 * approved. An audit that started before the steps were required is not held back for the
 * acknowledgement or the meetings it could not record, but still closes only on an approved report.
 */
export function missingStep(from: AuditState, to: AuditState, facts: StepFacts): string | null {
  const areas = listInWords(facts.areaNames);
  if (from === 'planned' && to === 'inProgress') {
    const cannot = 'Fieldwork cannot start';
    if (!planApproved(facts)) {
      return `${cannot}: the plan of "${facts.title}" is not approved with a signature (approve it after its last change)`;
    }
    if (facts.auditeeIds.length === 0) {
      return `${cannot}: the plan names no auditees of ${areas} to communicate it to`;
    }
    const missing = auditeesNotAcknowledged(facts.auditeeIds, facts.steps);
    if (missing.length > 0) {
      const who = listInWords(missing.map((id) => facts.people.get(id) ?? id));
      return `${cannot}: the auditees of ${areas} have not acknowledged the plan (${who})`;
    }
    return null;
  }
  if (from === 'inProgress' && to === 'reporting' && !facts.legacy && facts.steps.openingMeeting === null) {
    return `Reporting cannot start: the opening meeting of "${facts.title}" is not recorded`;
  }
  if (to === 'closed' && !facts.reportApproved) {
    return `The audit cannot close: the report of "${facts.title}" is not approved`;
  }
  return null;
}

/**
 * What stands between the report and its approval in the audit's steps: the closing meeting, and
 * the auditees' position on every standing finding. None for an audit started before the steps.
 */
export function reportStepBlockers(facts: Pick<StepFacts, 'legacy' | 'steps' | 'findingIds'>): string[] {
  if (facts.legacy) return [];
  const closing = facts.steps.closingMeeting;
  if (closing === null) return ['Record the closing meeting first'];
  const open = findingsWithoutPosition(facts.findingIds, closing);
  return open.length === 0
    ? []
    : [`Record at the closing meeting whether the auditees agree with finding ${listInWords(open)}`];
}
