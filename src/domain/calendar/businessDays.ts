import { getISODay } from 'date-fns';
import { addDays, midnightUtc } from './calendarDate';

/** ISO weekday (1 = Monday … 7 = Sunday) of a `YYYY-MM-DD` day. */
export function isoWeekday(date: string): number {
  return getISODay(midnightUtc(date));
}

/**
 * The day `count` working days after `start` (which itself does not count, as "due in 10 business
 * days" means ten whole working days after the day it was raised). `workingDays` are ISO weekdays
 * from the programme settings, not date-fns's fixed Monday–Friday week; the dates are days in the
 * programme's time zone.
 */
export function addBusinessDays(start: string, count: number, workingDays: readonly number[]): string {
  if (workingDays.length === 0) throw new Error('addBusinessDays: no working days');
  let day = start;
  let left = count;
  while (left > 0) {
    day = addDays(day, 1);
    if (workingDays.includes(isoWeekday(day))) left -= 1;
  }
  return day;
}
