import type { CorrectiveActionRecord } from '../../actions/correctiveAction';
import { hasIssue, trackedIssueId } from '../../jira/trackedIssue';
import { isNonconformity } from '../../audits/finding';
import { daysBetween } from '../../calendar/calendarDate';
import { dayIn } from './days';
import { inRange, type DayRange, type Identified, type KpiRecords } from './kpiRecords';
import { median, nearestRankPercentile } from './percentiles';

export type NcGrade = 'majorNC' | 'minorNC';

/** One nonconformity and the day it closed (programme time zone), or null while open. */
export interface NcClosure {
  findingId: string;
  grade: NcGrade;
  raisedOn: string;
  closedOn: string | null;
  /** Which rule closed it. */
  closedBy: 'actions' | 'jira' | null;
}

/** The corrective actions answering each finding (an action may answer several findings). */
export function actionsByFinding(
  actions: KpiRecords['actions'],
): Map<string, Array<Identified<CorrectiveActionRecord>>> {
  const byFinding = new Map<string, Array<Identified<CorrectiveActionRecord>>>();
  for (const action of actions) {
    for (const findingId of action.record.findingIds) {
      byFinding.set(findingId, [...(byFinding.get(findingId) ?? []), action]);
    }
  }
  return byFinding;
}

/**
 * When each nonconformity closed, by two rules in this order:
 * 1. it has corrective actions and every one is closed: it closed on the day (programme zone) of
 *    the LATEST action's `closedAt` — the last effective verification is what ended the NC;
 * 2. otherwise, its Jira issue (the tracked issue's mirror, never Jira itself) is in a `done`
 *    status: NC issues have no closing gate, so people may close one in Jira. The mirror keeps no
 *    transition time, so the issue's last update (`jira.updated`) stands for the closing day — at or
 *    after the real one, never before it.
 * A deleted, unlinked or not-yet-mirrored issue closes nothing. Observations and OFIs are no NCs.
 */
export function ncClosures(
  records: Pick<KpiRecords, 'timeZone' | 'findings' | 'actions' | 'trackedIssues'>,
): NcClosure[] {
  const byFinding = actionsByFinding(records.actions);
  const issues = new Map(records.trackedIssues.map((tracked) => [tracked.id, tracked.record]));
  const closures: NcClosure[] = [];
  for (const { id, record } of records.findings) {
    const grade = record.content.grade;
    if (!isNonconformity(grade)) continue;
    const base = { findingId: id, grade: grade as NcGrade, raisedOn: record.raisedOn };
    const actions = byFinding.get(id) ?? [];
    const closedDays = actions.map((a) =>
      a.record.state === 'closed' ? dayIn(records.timeZone, a.record.closedAt) : null,
    );
    if (actions.length > 0 && closedDays.every((day) => day !== null)) {
      closures.push({ ...base, closedOn: closedDays.sort().at(-1)!, closedBy: 'actions' });
      continue;
    }
    const tracked = issues.get(trackedIssueId('finding', id));
    const mirror = tracked && hasIssue(tracked.state) ? tracked.jira : null;
    const jiraDay =
      mirror && !mirror.deleted && mirror.statusCategory === 'done' ? dayIn(records.timeZone, mirror.updated) : null;
    closures.push(
      jiraDay ? { ...base, closedOn: jiraDay, closedBy: 'jira' } : { ...base, closedOn: null, closedBy: null },
    );
  }
  return closures;
}

/** Open on `day`: raised on or before it, and not closed on or before it. */
export const openOn = (closure: NcClosure, day: string) =>
  closure.raisedOn <= day && (closure.closedOn === null || closure.closedOn > day);

export interface OpenNcs {
  asOf: string;
  majorNC: number;
  minorNC: number;
  total: number;
}

export function openNcsOn(closures: readonly NcClosure[], day: string): OpenNcs {
  const open = closures.filter((closure) => openOn(closure, day));
  const majorNC = open.filter((closure) => closure.grade === 'majorNC').length;
  return { asOf: day, majorNC, minorNC: open.length - majorNC, total: open.length };
}

export interface ClosureTime {
  closed: number;
  medianDays: number | null;
  p90Days: number | null;
}

/**
 * NC closure time: for the NCs that closed in `range`, the calendar days from `raisedOn` to the
 * closing day; median and 90th percentile by the nearest-rank rule (see percentiles.ts).
 */
export function closureTime(closures: readonly NcClosure[], range: DayRange): ClosureTime {
  const days = closures
    .filter((closure) => closure.closedOn !== null && inRange(closure.closedOn, range))
    .map((closure) => Math.max(0, daysBetween(closure.raisedOn, closure.closedOn!)));
  return { closed: days.length, medianDays: median(days), p90Days: nearestRankPercentile(days, 90) };
}
