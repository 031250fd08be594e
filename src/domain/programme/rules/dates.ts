import { z } from 'zod';
import { invalidInput } from '../../failure';

/**
 * Calendar-date arithmetic on `YYYY-MM-DD` strings. A date here is a day in the programme's time
 * zone, never an instant: the caller turns "now" into today's date once (`todayIn`) and every rule
 * compares whole days. Plain integer arithmetic on the proleptic Gregorian calendar, so the rules
 * need no clock and no library (the domain layer imports only zod).
 */

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parts(date: string): { year: number; month: number; day: number } {
  const match = datePattern.exec(date);
  if (!match) throw invalidInput('date', `"${date}" is not a date of the form YYYY-MM-DD`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function isRealDate(date: string): boolean {
  const match = datePattern.exec(date);
  if (!match) return false;
  const { year, month, day } = parts(date);
  return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A calendar day, `YYYY-MM-DD` (years 1900–9999). */
export const IsoDate = z
  .string()
  .regex(datePattern, 'Use the form YYYY-MM-DD')
  .refine(isRealDate, 'Not a real calendar date');
export type IsoDate = z.infer<typeof IsoDate>;

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const format = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

/** Days since 1970-01-01 (negative before it). */
export function dayNumber(date: string): number {
  const { year, month, day } = parts(date);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromDayNumber(days: number): string {
  const date = new Date(days * 86_400_000);
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Calendar months; a day past the end of the target month clamps to its last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** `YYYY-MM-DD` strings order as their dates do, so plain comparison is enough once they are valid. */
export const isBefore = (a: string, b: string) => a < b;
export const isAfter = (a: string, b: string) => a > b;

export function isIanaTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time-zone name, e.g. `Europe/Dublin`. */
export const TimeZone = z.string().min(1).refine(isIanaTimeZone, 'Not a known IANA time zone, e.g. Europe/Dublin');

/**
 * The calendar date it is at `now` in `timeZone`: what every rule here calls "today". Callers compute
 * it once per request from their clock, in the programme's time zone, so that 23:30 in Auckland is
 * already tomorrow while it is still today in UTC.
 */
export function todayIn(timeZone: string, now: Date): string {
  if (Number.isNaN(now.getTime())) throw invalidInput('now', 'Not a valid instant');
  if (!isIanaTimeZone(timeZone)) throw invalidInput('timeZone', `"${timeZone}" is not a known IANA time zone`);
  const dateParts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(dateParts.find((p) => p.type === type)?.value);
  return format(value('year'), value('month'), value('day'));
}
