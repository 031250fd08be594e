import {
  cycleContaining,
  cycleMonthIndex,
  cycleWindow,
  isWithinCycle,
  monthsOfCycle,
} from '../../../src/domain/programme/cycle';
import { addDays, addMonths, daysBetween, IsoDate } from '../../../src/domain/calendar/calendarDate';
import { todayIn } from '../../../src/domain/calendar/timeZone';

describe('calendar dates', () => {
  it('adds months clamping at month end, and days across years', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-03-15', -15)).toBe('2024-12-15');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });
  it('accepts only real calendar days', () => {
    expect(IsoDate.safeParse('2028-02-29').success).toBe(true);
    expect(IsoDate.safeParse('2026-02-29').success).toBe(false);
    expect(IsoDate.safeParse('2026-13-01').success).toBe(false);
    expect(IsoDate.safeParse('26-01-01').success).toBe(false);
  });
  it("gives today's date in the programme's time zone", () => {
    const now = new Date('2026-06-30T12:30:00Z');
    expect(todayIn('UTC', now)).toBe('2026-06-30');
    expect(todayIn('Pacific/Auckland', now)).toBe('2026-07-01'); // 00:30 NZST
    expect(todayIn('America/Los_Angeles', new Date('2026-01-01T05:00:00Z'))).toBe('2025-12-31');
    expect(() => todayIn('Mars/Olympus', now)).toThrow(expect.objectContaining({ field: 'timeZone' }));
  });
});

describe('the audit cycle', () => {
  const settings = { cycleStart: '2026-04-01', cycleLengthMonths: 12 as const };

  it('runs cycleLengthMonths from the start, end exclusive', () => {
    expect(cycleWindow(settings)).toEqual({ start: '2026-04-01', end: '2027-04-01' });
    expect(cycleWindow({ cycleStart: '2026-04-01', cycleLengthMonths: 24 })).toEqual({
      start: '2026-04-01',
      end: '2028-04-01',
    });
  });
  it('includes its first day and excludes its end', () => {
    const cycle = cycleWindow(settings);
    expect(isWithinCycle(cycle, '2026-04-01')).toBe(true);
    expect(isWithinCycle(cycle, '2027-03-31')).toBe(true);
    expect(isWithinCycle(cycle, '2027-04-01')).toBe(false);
    expect(isWithinCycle(cycle, '2026-03-31')).toBe(false);
  });
  it('finds the rolling cycle containing a day, before or after the first', () => {
    expect(cycleContaining(settings, '2027-04-01')).toEqual({ start: '2027-04-01', end: '2028-04-01' });
    expect(cycleContaining(settings, '2027-03-31')).toEqual({ start: '2026-04-01', end: '2027-04-01' });
    expect(cycleContaining(settings, '2031-12-25')).toEqual({ start: '2031-04-01', end: '2032-04-01' });
    expect(cycleContaining(settings, '2025-05-01')).toEqual({ start: '2025-04-01', end: '2026-04-01' });
  });
  it('lists the months of the cycle for the heat-map', () => {
    const months = monthsOfCycle({ start: '2026-01-15', end: '2027-01-15' });
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({
      index: 0,
      start: '2026-01-15',
      end: '2026-02-15',
      lastDay: '2026-02-14',
      label: '2026-01',
    });
    expect(months[11]).toMatchObject({ start: '2026-12-15', end: '2027-01-15', label: '2026-12' });
    expect(monthsOfCycle(cycleWindow({ cycleStart: '2026-01-01', cycleLengthMonths: 24 }))).toHaveLength(24);
    expect(cycleMonthIndex({ start: '2026-01-15', end: '2027-01-15' }, '2026-02-14')).toBe(0);
    expect(cycleMonthIndex({ start: '2026-01-15', end: '2027-01-15' }, '2026-02-15')).toBe(1);
    expect(cycleMonthIndex({ start: '2026-01-15', end: '2027-01-15' }, '2027-01-15')).toBeNull();
  });
});
