import { Text } from '@atlaskit/primitives';
import Select from '@atlaskit/select';

interface LabelledSelectProps<Value extends string> {
  /** The select's input id and test id. */
  id: string;
  label: string;
  options: readonly { value: Value; label: string }[];
  /** The chosen value; one not among the options shows the first option. */
  value: Value | null;
  onChange: (value: Value) => void;
}

/** A choice of one among a few (an audit, a saved query, a source) under its label in bold. */
export function LabelledSelect<Value extends string>({
  id,
  label,
  options,
  value,
  onChange,
}: LabelledSelectProps<Value>) {
  return (
    <>
      <label htmlFor={id}>
        <Text weight="semibold">{label}</Text>
      </label>
      <Select
        inputId={id}
        options={options}
        value={options.find((option) => option.value === value) ?? options[0] ?? null}
        onChange={(option) => option && onChange(option.value)}
        testId={id}
      />
    </>
  );
}
