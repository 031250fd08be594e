import type { FiguresPeriod } from '../../contract/review';
import type { ProgrammeSettings } from '../../domain/programme/programmeSettings';
import { cycleContaining } from '../../domain/programme/cycle';
import { addDays } from '../../domain/calendar/calendarDate';
import { todayIn } from '../../domain/calendar/timeZone';

/**
 * The period a macro reports on: its config's own (both ends), else the programme cycle that
 * contains today in the programme's time zone (first to last day, inclusive).
 */
export function figuresPeriod(
  settings: ProgrammeSettings,
  config: { from?: string | undefined; to?: string | undefined },
  now: Date,
): FiguresPeriod {
  if (config.from !== undefined && config.to !== undefined)
    return { from: config.from, to: config.to, source: 'config' };
  const cycle = cycleContaining(settings, todayIn(settings.timeZone, now));
  return { from: cycle.start, to: addDays(cycle.end, -1), source: 'cycle' };
}
