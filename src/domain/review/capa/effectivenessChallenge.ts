import { todayIn } from '../../calendar/timeZone';

/** A later finding that repeats one an action answered, after that action was closed effective. */
export interface EffectivenessChallenge {
  findingId: string;
  raisedOn: string;
}

export interface ChallengeFacts {
  /** The action: the findings it answers, and whether (and when) it was closed effective. */
  action: { findingIds: readonly string[]; state: string; closedAt: string | null };
  /** Every finding that may repeat them: its id, day raised and the earlier findings it repeats. */
  findings: ReadonlyArray<{ id: string; raisedOn: string; repeatOf: readonly string[] }>;
  timeZone: string;
}

/**
 * Why an action's effectiveness is in question (ISO 27001 10.2 d): a repeat finding — the same
 * clause or control in the same area within 12 months, worked out when it was recorded — raised
 * on or after the day the action was closed effective, for any finding the action answers. The
 * closing verification said the cause was removed; the repeat says it came back. A repeat raised
 * the same day counts: days are all a finding has, and an inspector would rather see a question
 * too many than one missing. Oldest first. An action not closed is not challenged: its check is
 * still to come.
 */
export function effectivenessChallenges(facts: ChallengeFacts): EffectivenessChallenge[] {
  const { action, findings, timeZone } = facts;
  if (action.state !== 'closed' || !action.closedAt) return [];
  const closedAt = new Date(action.closedAt);
  if (Number.isNaN(closedAt.getTime())) return [];
  const closedOn = todayIn(timeZone, closedAt);
  const answered = new Set(action.findingIds);
  return findings
    .filter((f) => !answered.has(f.id) && f.raisedOn >= closedOn && f.repeatOf.some((id) => answered.has(id)))
    .map((f) => ({ findingId: f.id, raisedOn: f.raisedOn }))
    .sort((a, b) => a.raisedOn.localeCompare(b.raisedOn) || a.findingId.localeCompare(b.findingId));
}
