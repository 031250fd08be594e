import type { ProgrammeSettings, ResolverInput } from '../../../../src/contract';
import { fieldPathsUnder } from '../../../shared/forms/fieldPaths';
import { changeReason } from '../../../shared/forms/changeReason';

/** The settings form's values while they are edited: text stays text until it is sent. */
export interface SettingsDraft {
  organisationName: string;
  cycleLengthMonths: ProgrammeSettings['cycleLengthMonths'];
  cycleStart: string;
  timeZone: string;
  workingDays: number[];
  reason: string;
}

export function draftFrom(settings: ProgrammeSettings): SettingsDraft {
  return { ...settings, workingDays: [...settings.workingDays], reason: '' };
}

/** What `updateProgrammeSettings` is sent. The backend trims and checks every value. */
export function updateInput(draft: SettingsDraft, expectedVersion: number): ResolverInput<'updateProgrammeSettings'> {
  return {
    settings: {
      organisationName: draft.organisationName,
      cycleLengthMonths: draft.cycleLengthMonths,
      cycleStart: draft.cycleStart.trim(),
      timeZone: draft.timeZone.trim(),
      workingDays: [...draft.workingDays].sort((a, b) => a - b),
    },
    expectedVersion,
    ...changeReason(draft.reason),
  };
}

/** The form's fields as the backend names them in `error.field`. */
export const settingsFieldPaths = fieldPathsUnder('settings', [
  'organisationName',
  'cycleLengthMonths',
  'cycleStart',
  'timeZone',
  'workingDays',
]);
