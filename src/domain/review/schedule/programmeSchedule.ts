import { isCompleted, type AuditState } from '../../audits/auditState';
import { daysBetween } from '../../calendar/calendarDate';
import { isLate } from '../../programme/schedule';

/** An audit of the cycle as the schedule draws it. */
export interface ScheduledAuditInput {
  auditId: string;
  title: string;
  state: AuditState;
  plannedStart: string;
  /** Last planned day, inclusive. */
  plannedEnd: string;
  reportedOn: string | null;
  /** Set when the audit was taken off the programme: the day (programme zone) and the reason given. */
  cancelled?: { on: string; reason: string | null } | null;
}

export type ScheduleStatus = 'planned' | 'inProgress' | 'done' | 'late' | 'cancelled';

/** One bar: the audit as planned, with the status the schedule colours it by. */
export interface ScheduleBarLine extends Omit<ScheduledAuditInput, 'cancelled'> {
  status: ScheduleStatus;
  note: string;
}

const days = (count: number) => `${count} day${count === 1 ? '' : 's'}`;

/**
 * Where an audit stands on the programme's timeline, with a note in words. The "late" rule is the
 * programme's own (`isLate`): planned end passed and not yet reporting. Done means reporting or
 * closed; its note says whether it reached reporting by its planned end.
 */
export function scheduleBar(audit: ScheduledAuditInput, today: string): ScheduleBarLine {
  const { auditId, title, state, plannedStart, plannedEnd, reportedOn } = audit;
  const bar = { auditId, title, state, plannedStart, plannedEnd, reportedOn };
  if (audit.cancelled) {
    const why = audit.cancelled.reason ? `: ${audit.cancelled.reason}` : '';
    return { ...bar, status: 'cancelled', note: `Cancelled on ${audit.cancelled.on}${why}` };
  }
  if (isCompleted(state)) {
    const closed = state === 'closed' ? 'closed; ' : '';
    if (!reportedOn) return { ...bar, status: 'done', note: `Done (${closed}reporting date not recorded)` };
    const after = daysBetween(plannedEnd, reportedOn);
    const timing = after > 0 ? `${days(after)} after its planned end ${plannedEnd}` : 'by its planned end';
    return { ...bar, status: 'done', note: `Done (${closed}reported on ${reportedOn}, ${timing})` };
  }
  if (isLate({ state, plannedEnd }, today)) {
    const where = state === 'planned' ? 'not started' : 'still in progress';
    return {
      ...bar,
      status: 'late',
      note: `Planned to end ${plannedEnd}, ${where} (${days(daysBetween(plannedEnd, today))} late)`,
    };
  }
  if (state === 'inProgress')
    return { ...bar, status: 'inProgress', note: `In progress, planned to end ${plannedEnd}` };
  const wait = daysBetween(today, plannedStart);
  const starts =
    wait > 0 ? `starts in ${days(wait)}` : wait === 0 ? 'starts today' : `was due to start ${plannedStart}`;
  return { ...bar, status: 'planned', note: `Planned ${plannedStart} to ${plannedEnd}, ${starts}` };
}

/** The cycle's audits in timeline order (planned start, then end, then title), cancelled ones included. */
export function programmeSchedule(audits: readonly ScheduledAuditInput[], today: string): ScheduleBarLine[] {
  return [...audits]
    .sort(
      (a, b) =>
        a.plannedStart.localeCompare(b.plannedStart) ||
        a.plannedEnd.localeCompare(b.plannedEnd) ||
        a.title.localeCompare(b.title) ||
        a.auditId.localeCompare(b.auditId),
    )
    .map((audit) => scheduleBar(audit, today));
}
