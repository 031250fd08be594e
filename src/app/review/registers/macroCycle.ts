import type { ProgrammeSettings } from '../../../domain/programme/programmeSettings';
import { cycleContaining, type CycleWindow } from '../../../domain/programme/rules/cycle';
import { unavailable, type MacroUnavailable } from '../macros/macroDefinition';

/**
 * The cycle a cycle-based macro shows: the one starting on its config's `cycleStart`, else the one
 * containing today. A `cycleStart` that is no cycle's first day is explained, not guessed at.
 */
export function macroCycle(
  settings: ProgrammeSettings,
  cycleStart: string | undefined,
  today: string,
): CycleWindow | MacroUnavailable {
  if (cycleStart === undefined) return cycleContaining(settings, today);
  const cycle = cycleContaining(settings, cycleStart);
  if (cycle.start === cycleStart) return cycle;
  return unavailable(
    `${cycleStart} is not the first day of an audit cycle: the programme's ${settings.cycleLengthMonths}-month cycle around it starts on ${cycle.start}`,
    'Edit the macro and choose a cycle from the list, or leave it empty for the current cycle',
  );
}
