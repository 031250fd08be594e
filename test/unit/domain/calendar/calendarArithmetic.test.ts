import { TZDate } from '@date-fns/tz';
import { addDays as dateFnsAddDays, addMonths as dateFnsAddMonths, differenceInCalendarDays, format } from 'date-fns';
import { addDays, addMonths, daysBetween, IsoDate } from '../../../../src/domain/calendar/calendarDate';
import { isIanaTimeZone, todayIn } from '../../../../src/domain/calendar/timeZone';

/**
 * The calendar's day arithmetic and "which day is it there" run on plain UTC fields for speed (the
 * review figures call them hundreds of thousands of times). These tests hold them to what the
 * zoned date-fns objects they replaced answer, on every day of several years, across daylight
 * saving changes, in zones east and west of UTC and on the half-hour.
 */

const midnight = (date: string) => new TZDate(`${date}T00:00:00Z`, 'UTC');
const zonedDay = (zone: string, at: Date) => format(new TZDate(at.getTime(), zone), 'yyyy-MM-dd');

function everyDay(from: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => format(dateFnsAddDays(midnight(from), i), 'yyyy-MM-dd'));
}

const days = everyDay('1999-12-25', 3 * 366 + 20).concat(everyDay('2026-01-01', 800));

describe('calendar days on plain UTC fields', () => {
  it('adds days as date-fns does, whole, negative and fractional', () => {
    for (const day of days) {
      for (const n of [0, 1, -1, 29, -365, 1.5, -1.5, 400]) {
        expect(addDays(day, n)).toBe(format(dateFnsAddDays(midnight(day), n), 'yyyy-MM-dd'));
      }
    }
  });

  it('counts whole days between two days as date-fns does', () => {
    for (const [i, day] of days.entries()) {
      const other = days[(i * 37) % days.length]!;
      expect(daysBetween(day, other)).toBe(differenceInCalendarDays(midnight(other), midnight(day)));
    }
  });

  it('adds months as date-fns does, whole, negative and fractional', () => {
    for (const day of days) {
      for (const n of [0, 1, -1, 2, 12, -13, 1.5, -1.5, 60]) {
        expect(addMonths(day, n)).toBe(format(dateFnsAddMonths(midnight(day), n), 'yyyy-MM-dd'));
      }
    }
  });

  it('adds months clamping to the end of the month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('accepts real dates only', () => {
    expect(IsoDate.safeParse('2024-02-29').success).toBe(true);
    expect(IsoDate.safeParse('2026-02-29').success).toBe(false);
    expect(IsoDate.safeParse('2026-04-31').success).toBe(false);
    expect(IsoDate.safeParse('1899-12-31').success).toBe(false);
    expect(IsoDate.safeParse('2026-13-01').success).toBe(false);
  });

  it('accepts as real exactly the days date-fns formats back to themselves, valid or not', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const accepted: string[] = [];
    const real: string[] = [];
    for (const year of [1899, 1900, 1999, 2000, 2024, 2026, 2100, 9999]) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const roundTrip = format(new TZDate(Date.UTC(year, month - 1, day), 'UTC'), 'yyyy-MM-dd');
          if (IsoDate.safeParse(date).success) accepted.push(date);
          if (year >= 1900 && month >= 1 && month <= 12 && day >= 1 && roundTrip === date) real.push(date);
        }
      }
    }
    expect(accepted).toEqual(real);
    expect(real).toHaveLength(7 * 365 + 2);
  }, 60_000);

  it('fails on a count of days that is no number, as before', () => {
    expect(() => addDays('2026-01-01', Number.NaN)).toThrow(RangeError);
  });
});

describe('the day it is in a time zone', () => {
  const zones = ['Europe/Dublin', 'Pacific/Auckland', 'America/New_York', 'Asia/Kolkata', 'Australia/Adelaide', 'UTC'];

  it('is the day the zoned date-fns object gives, every 173 minutes (each time of day in turn) for a year', () => {
    const start = Date.parse('2025-01-01T00:00:00Z');
    for (const zone of zones) {
      for (let at = start; at < start + 366 * 86_400_000; at += 173 * 60_000) {
        expect(todayIn(zone, new Date(at))).toBe(zonedDay(zone, new Date(at)));
      }
    }
  }, 120_000);

  it('turns at local midnight on either side of a daylight-saving change', () => {
    // Dublin moved to summer time on 2026-03-29 at 01:00 UTC; Auckland left it on 2026-04-05.
    expect(todayIn('Europe/Dublin', new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayIn('Europe/Dublin', new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    expect(todayIn('Pacific/Auckland', new Date('2026-04-04T11:30:00Z'))).toBe('2026-04-05');
  });

  it('still refuses an unknown zone, asked twice, and a bad instant', () => {
    for (let i = 0; i < 2; i += 1) {
      expect(isIanaTimeZone('Mars/Olympus_Mons')).toBe(false);
      expect(() => todayIn('Mars/Olympus_Mons', new Date())).toThrow(/not a known IANA time zone/);
    }
    expect(isIanaTimeZone('Europe/Dublin')).toBe(true);
    expect(() => todayIn('Europe/Dublin', new Date(Number.NaN))).toThrow(/Not a valid instant/);
  });
});
