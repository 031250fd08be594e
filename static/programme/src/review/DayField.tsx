import { DatePicker } from '@atlaskit/datetime-picker';
import { FieldBlock } from '../../../shared/components/FieldBlock';

interface DayFieldProps {
  id: string;
  label: string;
  /** `YYYY-MM-DD`, or '' for none. */
  value: string;
  onChange: (value: string) => void;
  error?: string;
  helper?: string;
  isRequired?: boolean;
}

/** A calendar day of the review (period ends, meeting day, a decision's due date). */
export function DayField({ id, label, value, onChange, error, helper, isRequired }: DayFieldProps) {
  return (
    <FieldBlock htmlFor={id} label={label} helper={helper ?? 'YYYY-MM-DD'} error={error} isRequired={isRequired}>
      <DatePicker
        id={id}
        value={value}
        onChange={onChange}
        dateFormat="YYYY-MM-DD"
        placeholder="YYYY-MM-DD"
        weekStartDay={1}
        isInvalid={Boolean(error)}
        clearControlLabel={`Clear ${label.toLocaleLowerCase()}`}
        testId={id}
      />
    </FieldBlock>
  );
}
