import { tzOffset } from '@date-fns/tz';
import { z } from 'zod';
import { invalidInput } from '../failure';

/**
 * Zones already asked about: building a formatter to ask costs more than all the day arithmetic
 * of a figure, and the review figures ask once per instant they place on a day. Few zones are
 * ever named, but the memory stays bounded whatever callers send.
 */
const knownZones = new Map<string, boolean>();
const knownZonesAtMost = 256;

export function isIanaTimeZone(zone: string): boolean {
  const known = knownZones.get(zone);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    valid = true;
  } catch {
    valid = false;
  }
  if (knownZones.size < knownZonesAtMost) knownZones.set(zone, valid);
  return valid;
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
  // The wall clock there is the instant moved by the zone's offset at that instant; its UTC
  // fields are then the local date (one offset look-up instead of a zoned date object's several).
  const local = new Date(now.getTime() + tzOffset(timeZone, now) * 60_000);
  const year = local.getUTCFullYear();
  const eraYear = year > 0 ? year : 1 - year;
  const month = String(local.getUTCMonth() + 1).padStart(2, '0');
  return `${String(eraYear).padStart(4, '0')}-${month}-${String(local.getUTCDate()).padStart(2, '0')}`;
}
