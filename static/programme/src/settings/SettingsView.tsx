import type { ProgrammeSettings } from '../../../../src/contract';
import { RecordSummary } from '../../../shared/components/RecordSummary';
import { weekdays } from '../constants';

/** The programme settings for people who may read but not change them. */
export function SettingsView({ settings }: { settings: ProgrammeSettings }) {
  const days = weekdays.filter((day) => settings.workingDays.includes(day.iso)).map((day) => day.name);
  return (
    <RecordSummary
      rows={[
        ['Organisation', settings.organisationName],
        ['Audit cycle', `${settings.cycleLengthMonths} months`],
        ['Cycle starts', settings.cycleStart],
        ['Time zone', settings.timeZone],
        ['Working days', days.join(', ')],
      ]}
      termWidth="8rem"
      note="Only a programme manager can change these settings."
      testId="settings-readonly"
    />
  );
}
