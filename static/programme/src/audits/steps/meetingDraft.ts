import type { FindingView, ResolverInput } from '../../../../../src/contract';

export type MeetingKind = 'opening' | 'closing';
type MeetingInput = ResolverInput<'recordAuditMeeting'>;

/** The auditee's position on one finding as the form holds it: agreed, or their diverging opinion. */
export interface PositionDraft {
  findingId: string;
  position: 'agreed' | 'diverging';
  opinion: string;
}

/** A meeting being recorded: when, who attended, the points raised and, at closing, each finding's position. */
export interface MeetingDraft {
  heldOn: string;
  attendeeIds: string[];
  pointsRaised: string;
  positions: PositionDraft[];
}

/**
 * A new meeting record on `heldOn` (the opening one on the day fieldwork started; '' leaves the day to
 * the lead), attended by the lead and the plan's auditees; at closing each standing finding starts
 * as agreed, so the lead changes only where the auditee diverges.
 */
export function newMeeting(
  kind: MeetingKind,
  heldOn: string,
  attendeeIds: readonly string[],
  findings: readonly FindingView[],
): MeetingDraft {
  const standing = kind === 'closing' ? findings.filter((f) => !f.withdrawn) : [];
  return {
    heldOn,
    attendeeIds: [...new Set(attendeeIds)],
    pointsRaised: '',
    positions: standing.map((f) => ({ findingId: f.id, position: 'agreed', opinion: '' })),
  };
}

/** What the resolver takes: a diverging position carries the opinion, an agreed one nothing more. */
export function meetingInput(
  kind: MeetingKind,
  auditId: string,
  expectedVersion: number,
  draft: MeetingDraft,
): MeetingInput {
  const base = { heldOn: draft.heldOn, attendeeIds: draft.attendeeIds, pointsRaised: draft.pointsRaised };
  if (kind === 'opening') return { auditId, expectedVersion, meeting: 'opening', content: base };
  const positions = draft.positions.map((p) =>
    p.position === 'agreed'
      ? { findingId: p.findingId, position: 'agreed' as const }
      : { findingId: p.findingId, position: 'diverging' as const, opinion: p.opinion },
  );
  return { auditId, expectedVersion, meeting: 'closing', content: { ...base, positions } };
}

export const meetingTitles: Record<MeetingKind, string> = {
  opening: 'Opening meeting',
  closing: 'Closing meeting',
};
