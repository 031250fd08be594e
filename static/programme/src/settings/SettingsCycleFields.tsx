import { Grid } from '@atlaskit/primitives';
import type { BoundField } from '../../../shared/forms/draftBinder';
import { type Choice, SelectField } from '../../../shared/forms/SelectField';
import { TextInputField } from '../../../shared/forms/TextInputField';
import { cycleLengths } from '../constants';
import type { SettingsDraft } from './settingsDraft';

const cycleChoices: Choice<SettingsDraft['cycleLengthMonths']>[] = cycleLengths.map((months) => ({
  label: `${months} months`,
  value: months,
}));

interface SettingsCycleFieldsProps {
  /** The settings form's draft, field by field. */
  field: <K extends 'cycleLengthMonths' | 'cycleStart' | 'timeZone'>(key: K) => BoundField<SettingsDraft[K]>;
}

/** The audit cycle's length and first day, and the time zone its dates and due dates count in. */
export function SettingsCycleFields({ field }: SettingsCycleFieldsProps) {
  return (
    <Grid templateColumns="repeat(auto-fit, minmax(14rem, 1fr))" gap="space.200">
      <SelectField
        id="settings-cycle"
        label="Audit cycle"
        helper="Every process is audited at least once per cycle."
        choices={cycleChoices}
        {...field('cycleLengthMonths')}
      />
      <TextInputField
        id="settings-cycle-start"
        label="Cycle starts"
        helper="YYYY-MM-DD"
        {...field('cycleStart')}
        name="cycleStart"
        placeholder="YYYY-MM-DD"
      />
      <TextInputField
        id="settings-time-zone"
        label="Time zone"
        helper="An IANA name, e.g. Europe/Dublin. Due dates count business days here."
        {...field('timeZone')}
        name="timeZone"
      />
    </Grid>
  );
}
