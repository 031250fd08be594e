import type { PeriodFiguresRecord } from '../periodFigures';
import { monthRange, monthsOf } from './days';
import type { DayRange, Identified } from './kpiRecords';

/**
 * The months whose outside figures a period needs: every month it touches that has begun by
 * `today` (a month still to come cannot have been recorded, so it is not "missing").
 */
export function monthsNeeded(period: DayRange, today: string): string[] {
  return monthsOf(period).filter((month) => monthRange(month).from <= today);
}

export interface IncidentFigures {
  months: string[];
  /** Needed months with no incident count recorded: the programme manager should record them. */
  missingMonths: string[];
  /** Sum over the months recorded; null when none is. */
  incidents: number | null;
  /** Incident-weighted mean of the months' mean hours to resolve; null without such months. */
  meanHoursToResolve: number | null;
  /** `jql` when every recorded month was counted in Jira. */
  source: 'recorded' | 'jql';
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Security incidents of a period from the monthly records: the sum of the months' counts, and the
 * mean time to resolve weighted by each month's incident count (Σ incidents × hours ÷ Σ incidents
 * over months with both figures), so a month with one slow incident does not weigh as much as a
 * month with twenty.
 */
export function incidentFigures(
  figures: ReadonlyArray<Identified<PeriodFiguresRecord>>,
  period: DayRange,
  today: string,
): IncidentFigures {
  const byMonth = new Map(figures.map((f) => [f.record.month, f.record]));
  const months = monthsNeeded(period, today);
  const recorded = months.flatMap((month) => {
    const record = byMonth.get(month);
    return record && record.incidents !== null ? [record] : [];
  });
  const timed = recorded.filter((r) => r.incidentHoursToResolve !== null && (r.incidents ?? 0) > 0);
  const weight = timed.reduce((sum, r) => sum + r.incidents!, 0);
  return {
    months,
    missingMonths: months.filter((month) => !recorded.some((r) => r.month === month)),
    incidents: recorded.length === 0 ? null : recorded.reduce((sum, r) => sum + r.incidents!, 0),
    meanHoursToResolve:
      weight === 0
        ? null
        : round1(timed.reduce((sum, r) => sum + r.incidents! * r.incidentHoursToResolve!, 0) / weight),
    source: recorded.length > 0 && recorded.every((r) => r.incidentsSource === 'jql') ? 'jql' : 'recorded',
  };
}

export interface TrainingFigures {
  months: string[];
  missingMonths: string[];
  /** Plain mean of the months' completion percentages (one decimal); null when none is recorded. */
  meanPercent: number | null;
}

export function trainingFigures(
  figures: ReadonlyArray<Identified<PeriodFiguresRecord>>,
  period: DayRange,
  today: string,
): TrainingFigures {
  const byMonth = new Map(figures.map((f) => [f.record.month, f.record]));
  const months = monthsNeeded(period, today);
  const values = months.flatMap((month) => {
    const pct = byMonth.get(month)?.trainingCompletionPct ?? null;
    return pct === null ? [] : [{ month, pct }];
  });
  return {
    months,
    missingMonths: months.filter((month) => !values.some((v) => v.month === month)),
    meanPercent: values.length === 0 ? null : round1(values.reduce((sum, v) => sum + v.pct, 0) / values.length),
  };
}
