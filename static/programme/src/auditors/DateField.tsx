import { DatePicker } from '@atlaskit/datetime-picker';
import { FieldBlock } from '../../../shared/components/FieldBlock';

interface DateFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (isoDate: string) => void;
  error?: string;
  helper?: string;
  isRequired?: boolean;
  testId?: string;
}

/** A labelled Atlaskit date picker holding an ISO date (YYYY-MM-DD); empty when cleared. */
export function DateField({ id, label, value, onChange, error, helper, isRequired, testId }: DateFieldProps) {
  return (
    <FieldBlock htmlFor={id} label={label} error={error} helper={helper} isRequired={isRequired}>
      <DatePicker
        id={id}
        value={value}
        onChange={onChange}
        dateFormat="YYYY-MM-DD"
        placeholder="YYYY-MM-DD"
        locale="en-GB"
        isInvalid={Boolean(error)}
        clearControlLabel={`Clear ${label.toLocaleLowerCase()}`}
        testId={testId}
      />
    </FieldBlock>
  );
}
