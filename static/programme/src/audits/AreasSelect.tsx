import Select from '@atlaskit/select';
import type { AreaView } from '../../../../src/contract';

interface AreaOption {
  label: string;
  value: string;
}

interface AreasSelectProps {
  inputId: string;
  areas: readonly AreaView[];
  value: readonly string[];
  onChange: (areaIds: string[]) => void;
  isInvalid?: boolean;
  isDisabled?: boolean;
}

/** Auditable areas by name, with their owner so the planner sees who may not audit them. */
export function AreasSelect({ inputId, areas, value, onChange, isInvalid, isDisabled }: AreasSelectProps) {
  const options = [...areas]
    .sort((a, b) => a.area.name.localeCompare(b.area.name))
    .map((area) => ({ label: `${area.area.name} (owner ${area.ownerName})`, value: area.id }));
  const byId = new Map(options.map((option) => [option.value, option]));
  return (
    <Select<AreaOption, true>
      inputId={inputId}
      isMulti
      options={options}
      value={value.map((id) => byId.get(id) ?? { label: id, value: id })}
      onChange={(chosen) => onChange(chosen.map((option) => option.value))}
      isInvalid={isInvalid}
      isDisabled={isDisabled}
      placeholder="Choose the areas to audit"
      testId={inputId}
    />
  );
}
