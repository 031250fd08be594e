import { Grid } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import type { ResolverError } from '../../../../src/contract';
import { FormField } from '../../../shared/forms/FormField';
import { TextInputField } from '../../../shared/forms/TextInputField';
import { cycleLengths } from '../constants';
import { type SettingsDraft, settingsFieldPaths } from './settingsDraft';

interface CycleOption {
  label: string;
  value: SettingsDraft['cycleLengthMonths'];
}
const cycleOptions: CycleOption[] = cycleLengths.map((months) => ({ label: `${months} months`, value: months }));

interface SettingsCycleFieldsProps {
  draft: SettingsDraft;
  update: (change: Partial<SettingsDraft>) => void;
  error: ResolverError | null;
}

/** The audit cycle's length and first day, and the time zone its dates and due dates count in. */
export function SettingsCycleFields({ draft, update, error }: SettingsCycleFieldsProps) {
  return (
    <Grid templateColumns="repeat(auto-fit, minmax(14rem, 1fr))" gap="space.200">
      <FormField
        htmlFor="settings-cycle"
        label="Audit cycle"
        helper="Every process is audited at least once per cycle."
        path={settingsFieldPaths.cycleLengthMonths}
        error={error}
      >
        {(isInvalid) => (
          <Select<CycleOption, false>
            inputId="settings-cycle"
            options={cycleOptions}
            value={cycleOptions.find((option) => option.value === draft.cycleLengthMonths) ?? null}
            onChange={(option) => {
              if (option) update({ cycleLengthMonths: option.value });
            }}
            isSearchable={false}
            isInvalid={isInvalid}
            testId="settings-cycle"
          />
        )}
      </FormField>
      <TextInputField
        id="settings-cycle-start"
        label="Cycle starts"
        helper="YYYY-MM-DD"
        path={settingsFieldPaths.cycleStart}
        error={error}
        value={draft.cycleStart}
        onChange={(cycleStart) => update({ cycleStart })}
        name="cycleStart"
        placeholder="YYYY-MM-DD"
      />
      <TextInputField
        id="settings-time-zone"
        label="Time zone"
        helper="An IANA name, e.g. Europe/Dublin. Due dates count business days here."
        path={settingsFieldPaths.timeZone}
        error={error}
        value={draft.timeZone}
        onChange={(timeZone) => update({ timeZone })}
        name="timeZone"
      />
    </Grid>
  );
}
