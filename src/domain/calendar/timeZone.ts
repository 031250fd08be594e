import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { z } from 'zod';
import { invalidInput } from '../failure';

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
 * The calendar date it is at `now` in `timeZone`: what every rule calls "today". Callers compute
 * it once per request from their clock, in the programme's time zone, so that 23:30 in Auckland is
 * already tomorrow while it is still today in UTC.
 */
export function todayIn(timeZone: string, now: Date): string {
  if (Number.isNaN(now.getTime())) throw invalidInput('now', 'Not a valid instant');
  if (!isIanaTimeZone(timeZone)) throw invalidInput('timeZone', `"${timeZone}" is not a known IANA time zone`);
  return format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
}
