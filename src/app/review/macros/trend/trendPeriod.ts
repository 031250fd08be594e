import type { FiguresPeriod } from '../../../../contract/review';
import { addDays } from '../../../../domain/calendar/calendarDate';
import { todayIn } from '../../../../domain/calendar/timeZone';
import { cycleContaining, type CycleWindow } from '../../../../domain/programme/cycle';
import type { ProgrammeSettings } from '../../../../domain/programme/programmeSettings';
import { figuresPeriod } from '../../figuresPeriod';

/**
 * The trend's period and the cycles it spans, oldest first. A config's own period is used as given
 * (the cycles are those it touches); otherwise the current cycle and up to two before it, so a
 * trend across three cycles compares the same quarters of each.
 */
export function trendPeriod(
  settings: ProgrammeSettings,
  config: { from?: string | undefined; to?: string | undefined; cycles?: number | undefined },
  now: Date,
): { period: FiguresPeriod; cycles: CycleWindow[] } {
  if (config.from !== undefined && config.to !== undefined) {
    const period = figuresPeriod(settings, config, now);
    const cycles: CycleWindow[] = [cycleContaining(settings, period.from)];
    while (cycles.at(-1)!.end <= period.to) cycles.push(cycleContaining(settings, cycles.at(-1)!.end));
    return { period, cycles };
  }
  const cycles = [cycleContaining(settings, todayIn(settings.timeZone, now))];
  while (cycles.length < (config.cycles ?? 1)) cycles.unshift(cycleContaining(settings, addDays(cycles[0]!.start, -1)));
  return {
    period: { from: cycles[0]!.start, to: addDays(cycles.at(-1)!.end, -1), source: 'cycle' },
    cycles,
  };
}
