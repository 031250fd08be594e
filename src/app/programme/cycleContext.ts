import { invalidInput } from '../../domain/failure';
import type { ProgrammeSettings } from '../../domain/programme/programmeSettings';
import { programmeIdFor } from '../../domain/programme/auditProgramme';
import { cycleContaining, type CycleWindow } from '../../domain/programme/cycle';
import { todayIn } from '../../domain/calendar/timeZone';
import type { AppServices } from '../services';
import { currentProgrammeSettings } from './programmeSettings';

export interface CycleContext {
  settings: ProgrammeSettings;
  cycle: CycleWindow;
  /** The store id of that cycle's programme (`cycle-<first day>`). */
  programmeId: string;
  /** Today in the programme's time zone. */
  today: string;
  isCurrentCycle: boolean;
}

/**
 * Which cycle a request is about: the one starting on `cycleStart` (it must be a cycle start of
 * the programme's sequence), or the one containing today in the programme's time zone. One store
 * read (the settings).
 */
export async function cycleContext(services: AppServices, cycleStart?: string): Promise<CycleContext> {
  const settings = await currentProgrammeSettings(services);
  const today = todayIn(settings.timeZone, services.clock.now());
  const current = cycleContaining(settings, today);
  const cycle = cycleStart === undefined ? current : cycleContaining(settings, cycleStart);
  if (cycle.start !== (cycleStart ?? cycle.start)) {
    throw invalidInput(
      'cycleStart',
      `${cycleStart} is not the first day of a cycle: cycles of ${settings.cycleLengthMonths} months start on ${cycle.start}`,
    );
  }
  return {
    settings,
    cycle,
    programmeId: programmeIdFor(cycle.start),
    today,
    isCurrentCycle: cycle.start === current.start,
  };
}
