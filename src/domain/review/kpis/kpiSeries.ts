import { isNonconformity } from '../../audits/finding';
import { auditsOnSchedule } from './auditsOnSchedule';
import { monthRange, monthsOf } from './days';
import { inRange, type DayRange, type KpiRecords } from './kpiRecords';
import { closureTime, ncClosures } from './ncClosure';
import { overdueActionsToday, wasOverdueOn } from './overdueActions';

/** One month of the KPI series; null cells are figures that do not exist (yet) for the month. */
export interface KpiSeriesMonth {
  month: string;
  /** The month's days inside the period. */
  range: DayRange;
  /** The day its "as of" figures are taken: the month's last day, or today in the running month. */
  asOf: string;
  auditsDue: number;
  auditsOnSchedule: number;
  ncsRaised: number;
  ncsClosed: number;
  medianClosureDays: number | null;
  overdueActions: number;
  incidents: number | null;
  trainingCompletionPct: number | null;
}

/**
 * The monthly KPI series of a period, for the months that have begun by `today` (a month still to
 * come has no figures). Each month counts its own days inside the period: audits planned to end
 * in it (due and on schedule, by the KPI's rule), NCs raised in it, NCs closed in it with their
 * median closure days, the corrective actions overdue at its end (today in the running month, by
 * the overdue rule; earlier months rebuilt by `wasOverdueOn`), and its recorded outside figures.
 * Coverage is cumulative over the cycle and comes from the caller (it needs the SoA).
 */
export function kpiSeries(records: KpiRecords, period: DayRange, today: string): KpiSeriesMonth[] {
  const closures = ncClosures(records);
  const figures = new Map(records.periodFigures.map((f) => [f.record.month, f.record]));
  return monthsOf(period).flatMap((month) => {
    const whole = monthRange(month);
    if (whole.from > today) return [];
    const range = {
      from: whole.from < period.from ? period.from : whole.from,
      to: whole.to > period.to ? period.to : whole.to,
    };
    const asOf = range.to < today ? range.to : today;
    const schedule = auditsOnSchedule(records.audits, range, today);
    const closed = closureTime(closures, range);
    const overdue =
      asOf === today
        ? overdueActionsToday(records.actions, today, records.extensions).length
        : records.actions.filter((a) =>
            wasOverdueOn(a.record, asOf, records.timeZone, {
              correctiveActionId: a.id,
              extensions: records.extensions,
            }),
          ).length;
    const recorded = figures.get(month);
    return [
      {
        month,
        range,
        asOf,
        auditsDue: schedule.due,
        auditsOnSchedule: schedule.onSchedule,
        ncsRaised: records.findings.filter(
          (f) => isNonconformity(f.record.content.grade) && inRange(f.record.raisedOn, range),
        ).length,
        ncsClosed: closed.closed,
        medianClosureDays: closed.medianDays,
        overdueActions: overdue,
        incidents: recorded?.incidents ?? null,
        trainingCompletionPct: recorded?.trainingCompletionPct ?? null,
      },
    ];
  });
}
