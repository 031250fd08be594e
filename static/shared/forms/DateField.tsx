import { DatePicker } from '@atlaskit/datetime-picker';
import { FieldBlock } from '../components/FieldBlock';

interface DateFieldProps {
  /** The input's id and test id. */
  id: string;
  label: string;
  /** `YYYY-MM-DD`, or '' for none (what the picker gives back when cleared). */
  value: string;
  onChange: (isoDate: string) => void;
  error?: string;
  /** Under the field; the date format unless given, nothing when null. */
  helper?: string | null;
  isRequired?: boolean;
  minDate?: string;
  isDisabled?: boolean;
  /** 1: weeks start on Monday, as the programme's calendar does. */
  weekStartDay?: 0 | 1;
  locale?: string;
}

/** A labelled calendar day (YYYY-MM-DD) with its complaint: the one date field of every form. */
export function DateField({
  id,
  label,
  value,
  onChange,
  error,
  helper = 'YYYY-MM-DD',
  isRequired,
  minDate,
  isDisabled,
  weekStartDay = 1,
  locale,
}: DateFieldProps) {
  return (
    <FieldBlock htmlFor={id} label={label} helper={helper ?? undefined} error={error} isRequired={isRequired}>
      <DatePicker
        id={id}
        value={value}
        onChange={onChange}
        dateFormat="YYYY-MM-DD"
        placeholder="YYYY-MM-DD"
        weekStartDay={weekStartDay}
        locale={locale}
        minDate={minDate}
        isInvalid={Boolean(error)}
        isDisabled={isDisabled}
        clearControlLabel={`Clear ${label.toLocaleLowerCase()}`}
        testId={id}
      />
    </FieldBlock>
  );
}
