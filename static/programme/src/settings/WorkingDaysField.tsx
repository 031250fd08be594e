import Checkbox from '@atlaskit/checkbox';
import { ErrorMessage, Fieldset } from '@atlaskit/form';
import { Box, Inline } from '@atlaskit/primitives';
import { weekdays } from '../constants';

interface WorkingDaysFieldProps {
  /** ISO weekdays, 1 (Monday) to 7. */
  workingDays: readonly number[];
  onToggle: (isoDay: number) => void;
  error?: string;
}

/** The days business days count on: one box a weekday. */
export function WorkingDaysField({ workingDays, onToggle, error }: WorkingDaysFieldProps) {
  return (
    <Box testId="settings-working-days">
      <Fieldset legend="Working days">
        <Inline space="space.200" shouldWrap>
          {weekdays.map((day) => (
            <Checkbox
              key={day.iso}
              name="workingDays"
              value={String(day.iso)}
              label={day.short}
              aria-label={day.name}
              isChecked={workingDays.includes(day.iso)}
              isInvalid={Boolean(error)}
              onChange={() => onToggle(day.iso)}
              testId={`settings-day-${day.iso}`}
            />
          ))}
        </Inline>
      </Fieldset>
      {error ? <ErrorMessage testId="settings-working-days-error">{error}</ErrorMessage> : null}
    </Box>
  );
}
