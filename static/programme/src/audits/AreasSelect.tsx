import type { AreaView } from '../../../../src/contract';
import { type IdListInputProps, IdListSelect } from '../../../shared/forms/IdListSelect';

interface AreasSelectProps extends IdListInputProps {
  areas: readonly AreaView[];
}

/** Auditable areas by name, with their owner so the planner sees who may not audit them. */
export function AreasSelect({ inputId, areas, ...props }: AreasSelectProps) {
  const options = [...areas]
    .sort((a, b) => a.area.name.localeCompare(b.area.name))
    .map((area) => ({ label: `${area.area.name} (owner ${area.ownerName})`, value: area.id }));
  return (
    <IdListSelect
      {...props}
      inputId={inputId}
      options={options}
      placeholder="Choose the areas to audit"
      testId={inputId}
    />
  );
}
