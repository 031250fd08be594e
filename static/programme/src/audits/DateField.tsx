import { DatePicker } from '@atlaskit/datetime-picker';
import { FieldBlock } from '../../../shared/components/FieldBlock';

interface DateFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  helper?: string;
  minDate?: string;
  isDisabled?: boolean;
}

/** A calendar day (YYYY-MM-DD, the programme's calendar) with its label and complaint. */
export function DateField({ id, label, value, onChange, error, helper, minDate, isDisabled }: DateFieldProps) {
  return (
    <FieldBlock htmlFor={id} label={label} helper={helper ?? 'YYYY-MM-DD'} error={error} isRequired>
      <DatePicker
        id={id}
        value={value}
        onChange={onChange}
        dateFormat="YYYY-MM-DD"
        placeholder="YYYY-MM-DD"
        weekStartDay={1}
        minDate={minDate}
        isInvalid={Boolean(error)}
        isDisabled={isDisabled}
        clearControlLabel={`Clear ${label.toLocaleLowerCase()}`}
        testId={id}
      />
    </FieldBlock>
  );
}
