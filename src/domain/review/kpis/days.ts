import { addDays, addMonths } from '../../calendar/calendarDate';
import { todayIn } from '../../calendar/timeZone';
import type { DayRange } from './kpiRecords';

/**
 * The calendar day an instant (`2026-06-30T23:30:00Z`) falls on in the programme's time zone — in
 * Europe/Dublin summer time that one is already 1 July. null when the text is no instant, so a
 * damaged stamp leaves a record out of a figure rather than failing the whole macro.
 */
export function dayIn(timeZone: string, instant: string | null | undefined): string | null {
  if (!instant) return null;
  const at = new Date(instant);
  return Number.isNaN(at.getTime()) ? null : todayIn(timeZone, at);
}

/** The day figures are "as of": the period's last day, or today while the period is still running. */
export const asOfDay = (period: DayRange, today: string) => (period.to < today ? period.to : today);

/** The calendar months (`YYYY-MM`) a period touches, in order. */
export function monthsOf(period: DayRange): string[] {
  const months: string[] = [];
  for (let first = `${period.from.slice(0, 7)}-01`; first <= period.to; first = addMonths(first, 1)) {
    months.push(first.slice(0, 7));
  }
  return months;
}

/** First and last day of a `YYYY-MM` month. */
export function monthRange(month: string): DayRange {
  const from = `${month}-01`;
  return { from, to: addDays(addMonths(from, 1), -1) };
}

/** `YYYY-Qn` of a day: calendar quarters (Q1 = January–March). */
export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The calendar quarters a period touches, in order. */
export function quartersOf(period: DayRange): string[] {
  const quarters: string[] = [];
  for (const month of monthsOf(period)) {
    const quarter = quarterOf(`${month}-01`);
    if (quarters.at(-1) !== quarter) quarters.push(quarter);
  }
  return quarters;
}

/** The part of `period` inside `quarter` (`YYYY-Qn`). */
export function quarterRange(quarter: string, period: DayRange): DayRange {
  const year = quarter.slice(0, 4);
  const firstMonth = (Number(quarter.slice(6)) - 1) * 3 + 1;
  const from = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  const to = addDays(addMonths(from, 3), -1);
  return { from: from > period.from ? from : period.from, to: to < period.to ? to : period.to };
}
