import type { CorrectiveActionRecord } from '../../actions/correctiveAction';
import { findingClosure, type FindingClosure } from '../../actions/findingClosure';
import { isNonconformity } from '../../audits/finding';
import { daysBetween } from '../../calendar/calendarDate';
import { inRange, type DayRange, type Identified, type KpiRecords } from './kpiRecords';
import { median, nearestRankPercentile } from './percentiles';

export type NcGrade = 'majorNC' | 'minorNC';

/** One nonconformity and the day it closed (programme time zone), or null while open. */
export interface NcClosure {
  findingId: string;
  grade: NcGrade;
  raisedOn: string;
  closedOn: string | null;
  /** Which rule closed it (see findingClosure). */
  closedBy: FindingClosure['how'];
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
 * When each nonconformity closed, by the one rule the register, the CSV, the issue panel and the
 * Jira gate also use (findingClosure): all its corrective actions closed after an effective
 * verification, or a signed exemption. Jira's status closes nothing: an NC closed in Jira without
 * its CAPA is still open here. Observations and OFIs are no NCs.
 */
export function ncClosures(records: Pick<KpiRecords, 'timeZone' | 'findings' | 'actions' | 'exemptions'>): NcClosure[] {
  const byFinding = actionsByFinding(records.actions);
  const exemptions = new Map(records.exemptions.map((exemption) => [exemption.id, exemption.record]));
  const closures: NcClosure[] = [];
  for (const { id, record } of records.findings) {
    const grade = record.content.grade;
    if (!isNonconformity(grade)) continue;
    const closure = findingClosure({
      actions: (byFinding.get(id) ?? []).map((action) => action.record),
      exemption: exemptions.get(id) ?? null,
      timeZone: records.timeZone,
    });
    closures.push({
      findingId: id,
      grade: grade as NcGrade,
      raisedOn: record.raisedOn,
      closedOn: closure.closedOn,
      closedBy: closure.how,
    });
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
