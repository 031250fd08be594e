import { z } from 'zod';
import type { ProgrammeSettings } from './programmeSettings';
import { addDays, addMonths, IsoDate } from '../calendar/calendarDate';
import { parseInput } from '../parseInput';

/**
 * The audit cycle: `cycleLengthMonths` (12 or 24) from `cycleStart`, as calendar days in the
 * programme's time zone. `end` is exclusive — the first day of the next cycle — so consecutive
 * cycles share no day and `isWithinCycle` is `start <= day < end`.
 */
export const CycleWindow = z
  .object({ start: IsoDate, end: IsoDate })
  .refine((w) => w.start < w.end, { message: 'The cycle must end after it starts', path: ['end'] });
export type CycleWindow = z.infer<typeof CycleWindow>;

type CycleSettings = Pick<ProgrammeSettings, 'cycleStart' | 'cycleLengthMonths'>;

/** The cycle that begins on `settings.cycleStart`. */
export function cycleWindow(settings: CycleSettings): CycleWindow {
  const start = parseInput(IsoDate, settings.cycleStart, 'settings.cycleStart');
  return { start, end: addMonths(start, settings.cycleLengthMonths) };
}

/**
 * The cycle of the programme's rolling sequence (…, previous, the one starting on `cycleStart`,
 * next, …) that contains `date`.
 */
export function cycleContaining(settings: CycleSettings, date: string): CycleWindow {
  const day = parseInput(IsoDate, date, 'date');
  const first = cycleWindow(settings);
  const length = settings.cycleLengthMonths;
  const startOf = (n: number) => addMonths(first.start, n * length);
  // A first guess from the year difference, then step to the exact cycle.
  let n = Math.floor(
    ((Number(day.slice(0, 4)) - Number(first.start.slice(0, 4))) * 12 +
      (Number(day.slice(5, 7)) - Number(first.start.slice(5, 7)))) /
      length,
  );
  while (startOf(n) > day) n -= 1;
  while (startOf(n + 1) <= day) n += 1;
  return { start: startOf(n), end: startOf(n + 1) };
}

export function isWithinCycle(cycle: CycleWindow, date: string): boolean {
  return cycle.start <= date && date < cycle.end;
}

export interface CycleMonth {
  /** 0-based position in the cycle. */
  index: number;
  /** First day of the cycle month. */
  start: string;
  /** Exclusive: the first day of the next cycle month. */
  end: string;
  /** The last day of the cycle month (inclusive), for display. */
  lastDay: string;
  /** `YYYY-MM` of the month the cycle month starts in: a heat-map column heading. */
  label: string;
}

/**
 * The cycle cut into months counted from its start (a cycle starting on the 15th has months running
 * 15th to 14th), the columns of the programme heat-map.
 */
export function monthsOfCycle(cycle: CycleWindow): CycleMonth[] {
  const window = parseInput(CycleWindow, cycle, 'cycle');
  const months: CycleMonth[] = [];
  for (let index = 0; ; index += 1) {
    const start = addMonths(window.start, index);
    if (start >= window.end) break;
    const next = addMonths(window.start, index + 1);
    const end = next < window.end ? next : window.end;
    months.push({ index, start, end, lastDay: addDays(end, -1), label: start.slice(0, 7) });
  }
  return months;
}

/** Which cycle month `date` falls in, or null outside the cycle. */
export function cycleMonthIndex(cycle: CycleWindow, date: string): number | null {
  if (!isWithinCycle(cycle, date)) return null;
  return monthsOfCycle(cycle).findIndex((month) => month.start <= date && date < month.end);
}
