import type { AuditRecord } from '../../audits/auditPlan';
import { isCompleted } from '../../audits/auditState';
import { percent } from '../../programme/schedule';
import { baselineOf } from '../../audits/scheduleBaseline';
import { inRange, type DayRange, type Identified } from './kpiRecords';

export interface AuditsOnSchedule {
  /** Audits planned to end in the period that are due: reported, or past their planned end. */
  due: number;
  /** Of those, reported on or before their planned end. */
  onSchedule: number;
  /** Planned to end in the period, still running inside their dates: not counted yet. */
  notDueYet: number;
  /** In percent with one decimal; null when none is due (no flattering 100 %). */
  percent: number | null;
}

/**
 * "Audits completed on schedule": of the audits whose planned end (inclusive) falls in the period,
 * those that reached reporting (`reportedOn`) on or before their planned end, out of those due. An
 * audit is due once it reached reporting, or once its planned end is before `today` without it. The
 * app has no cancelled state (an audit not to be done is deleted from the programme), so every
 * audit counts. A completed audit without `reportedOn` (recorded before the app kept the day)
 * counts as on schedule, as the programme schedule's rule does. The planned end is the baseline's
 * (the dates at the programme's approval): moving an audit later does not make it on schedule.
 */
export function auditsOnSchedule(
  audits: ReadonlyArray<Identified<AuditRecord>>,
  period: DayRange,
  today: string,
): AuditsOnSchedule {
  let due = 0;
  let onSchedule = 0;
  let notDueYet = 0;
  for (const { record } of audits) {
    const plannedEnd = baselineOf(record).plannedEnd;
    if (!inRange(plannedEnd, period)) continue;
    const reported = record.reportedOn !== null || isCompleted(record.state);
    if (!reported && plannedEnd >= today) {
      notDueYet += 1;
      continue;
    }
    due += 1;
    const onTime = record.reportedOn !== null ? record.reportedOn <= plannedEnd : isCompleted(record.state);
    if (onTime) onSchedule += 1;
  }
  return { due, onSchedule, notDueYet, percent: due === 0 ? null : percent(onSchedule, due) };
}
