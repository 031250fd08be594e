import { UTCDate } from '@date-fns/utc';
import {
  addDays as addCalendarDays,
  addMonths as addCalendarMonths,
  differenceInCalendarDays,
  lightFormat,
} from 'date-fns';
import { z } from 'zod';
import { invalidInput } from '../failure';

/**
 * Calendar-date arithmetic on `YYYY-MM-DD` strings. A date here is a day in the programme's time
 * zone, never an instant: the caller turns "now" into today's date once (`todayIn`) and every rule
 * compares whole days. date-fns does the arithmetic on a midnight in UTC, a zone with no daylight
 * saving, so adding a day is always one calendar day whatever zone the machine runs in.
 *
 * The midnight is a `UTCDate` (a `Date` whose local fields are its UTC fields), not a zoned date:
 * the review figures place hundreds of thousands of instants on days, and a zoned date object
 * looks the zone up several times per call (at 10,000 findings that was most of a cold render).
 */

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): { year: number; month: number; day: number } {
  const match = datePattern.exec(date);
  if (!match) throw invalidInput('date', `"${date}" is not a date of the form YYYY-MM-DD`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The day as a date-fns value at midnight UTC (an out-of-range day rolls over, as `Date` does). */
export function midnightUtc(date: string): UTCDate {
  const { year, month, day } = parts(date);
  return new UTCDate(Date.UTC(year, month - 1, day));
}

const dayText = (value: Date) => lightFormat(value, 'yyyy-MM-dd');

/**
 * A day that exists: the UTC midnight built from its fields keeps them (30 February rolls over to
 * March). A plain `Date` answers this alone; every stored record's dates are checked on every read
 * (a review macro reads every finding's), where a date-fns value and its formatting were most of
 * the cost of reading them.
 */
function isRealDate(date: string): boolean {
  if (!datePattern.test(date)) return false;
  const { year, month, day } = parts(date);
  const midnight = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    midnight.getUTCFullYear() === year &&
    midnight.getUTCMonth() === month - 1 &&
    midnight.getUTCDate() === day
  );
}

/** A calendar day, `YYYY-MM-DD` (years 1900–9999). */
export const IsoDate = z
  .string()
  .regex(datePattern, 'Use the form YYYY-MM-DD')
  .refine(isRealDate, 'Not a real calendar date');
export type IsoDate = z.infer<typeof IsoDate>;

export function addDays(date: string, days: number): string {
  return dayText(addCalendarDays(midnightUtc(date), days));
}

/** Calendar months; a day past the end of the target month clamps to its last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  return dayText(addCalendarMonths(midnightUtc(date), months));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(midnightUtc(to), midnightUtc(from));
}
