import type { AuditRecord } from '../../../domain/audits/auditPlan';
import { programmeIdFor, type AuditProgramme } from '../../../domain/programme/auditProgramme';
import type { ProgrammeSettings } from '../../../domain/programme/programmeSettings';
import { cycleContaining, type CycleWindow } from '../../../domain/programme/cycle';
import { addDays } from '../../../domain/calendar/calendarDate';
import type { StoredRecord } from '../../../ports/recordStore';
import { todayIn } from '../../../domain/calendar/timeZone';
import { programmeSettingsAmong } from '../../programme/programmeSettings';
import { unavailable, type MacroUnavailable } from '../macroDefinition';

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

/**
 * The audits of the cycle's programme, or why there is nothing to show: a cycle with neither a
 * saved programme nor an audit has no programme at all (the heat-map and the schedule say so).
 */
export function cycleAudits(
  records: { audit: StoredRecord<AuditRecord>[]; auditProgramme: StoredRecord<AuditProgramme>[] },
  cycle: CycleWindow,
): StoredRecord<AuditRecord>[] | MacroUnavailable {
  const programmeId = programmeIdFor(cycle.start);
  const audits = records.audit.filter((audit) => audit.record.programmeId === programmeId);
  if (audits.length === 0 && !records.auditProgramme.some((programme) => programme.id === programmeId)) {
    return unavailable(
      `There is no audit programme for the cycle ${cycle.start} to ${addDays(cycle.end, -1)}`,
      'Save the programme of this cycle and plan its audits on the programme page',
    );
  }
  return audits;
}

/**
 * What a cycle-based macro stands on, from the records it read in one `listMany`: the settings,
 * today in the programme's time zone, the cycle it shows and that cycle's audits — or why there is
 * nothing to show (see macroCycle and cycleAudits).
 */
export function macroCycleAudits(
  records: {
    programmeSettings: StoredRecord<ProgrammeSettings>[];
    audit: StoredRecord<AuditRecord>[];
    auditProgramme: StoredRecord<AuditProgramme>[];
  },
  cycleStart: string | undefined,
  now: Date,
):
  | { settings: ProgrammeSettings; today: string; cycle: CycleWindow; audits: StoredRecord<AuditRecord>[] }
  | MacroUnavailable {
  const settings = programmeSettingsAmong(records.programmeSettings, now);
  const today = todayIn(settings.timeZone, now);
  const cycle = macroCycle(settings, cycleStart, today);
  if ('unavailable' in cycle) return cycle;
  const audits = cycleAudits(records, cycle);
  if ('unavailable' in audits) return audits;
  return { settings, today, cycle, audits };
}
