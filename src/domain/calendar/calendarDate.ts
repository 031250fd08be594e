import { z } from 'zod';
import { invalidInput } from '../failure';

/**
 * Calendar-date arithmetic on `YYYY-MM-DD` strings. A date here is a day in the programme's time
 * zone, never an instant: the caller turns "now" into today's date once (`todayIn`) and every rule
 * compares whole days. The arithmetic is on a midnight in UTC, a zone with no daylight saving, so
 * adding a day is always one calendar day whatever zone the machine runs in.
 */

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;

function parts(date: string): { year: number; month: number; day: number } {
  const match = datePattern.exec(date);
  if (!match) throw invalidInput('date', `"${date}" is not a date of the form YYYY-MM-DD`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The instant of the day's midnight in UTC (an out-of-range day rolls over, as `Date` does). */
function midnightUtc(date: string): number {
  const { year, month, day } = parts(date);
  return Date.UTC(year, month - 1, day);
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * A UTC midnight as `YYYY-MM-DD`, read with plain UTC getters: the review figures call the day
 * arithmetic hundreds of thousands of times, and a zoned date object costs several time-zone
 * look-ups per call. The year is written as date-fns' `yyyy` writes it (era year, at least four
 * digits), and an invalid instant fails as date-fns' `format` fails, so nothing a caller sees changes.
 */
function dayText(instant: number): string {
  if (Number.isNaN(instant)) throw new RangeError('Invalid time value');
  const value = new Date(instant);
  const year = value.getUTCFullYear();
  const eraYear = year > 0 ? year : 1 - year;
  return `${String(eraYear).padStart(4, '0')}-${twoDigits(value.getUTCMonth() + 1)}-${twoDigits(value.getUTCDate())}`;
}

function isRealDate(date: string): boolean {
  if (!datePattern.test(date)) return false;
  const { year } = parts(date);
  return year >= 1900 && dayText(midnightUtc(date)) === date;
}

/** A calendar day, `YYYY-MM-DD` (years 1900–9999). */
export const IsoDate = z
  .string()
  .regex(datePattern, 'Use the form YYYY-MM-DD')
  .refine(isRealDate, 'Not a real calendar date');
export type IsoDate = z.infer<typeof IsoDate>;

/** `Date.UTC` rolls the day over and truncates a fractional count, exactly as date-fns' `addDays` does. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parts(date);
  return dayText(Date.UTC(year, month - 1, day + days));
}

/**
 * Calendar months; a day past the end of the target month clamps to its last day (31 Jan + 1 →
 * 28/29 Feb). Step for step what date-fns' `addMonths` does, on UTC fields.
 */
export function addMonths(date: string, months: number): string {
  const start = new Date(midnightUtc(date));
  if (Number.isNaN(months)) throw new RangeError('Invalid time value');
  if (!months) return dayText(start.getTime());
  const day = start.getUTCDate();
  // Day 0 of the month after the target is the target month's last day.
  const endOfMonth = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months + 1, 0);
  const end = new Date(endOfMonth);
  if (day >= end.getUTCDate()) return dayText(endOfMonth);
  return dayText(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), day));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((midnightUtc(to) - midnightUtc(from)) / msPerDay);
}
