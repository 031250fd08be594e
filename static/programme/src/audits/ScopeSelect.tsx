import Select from '@atlaskit/select';
import type { CatalogueItem } from './useAuditLookups';

interface ItemOption {
  label: string;
  value: string;
}

interface ItemGroup {
  label: string;
  options: ItemOption[];
}

const themeGroups = {
  organizational: 'Annex A — organizational controls',
  people: 'Annex A — people controls',
  physical: 'Annex A — physical controls',
  technological: 'Annex A — technological controls',
} as const;

/** The catalogue as grouped options: the clauses, then the controls by theme, in catalogue order. */
function groups(catalogue: readonly CatalogueItem[]): ItemGroup[] {
  const option = (item: CatalogueItem) => ({ label: `${item.id} ${item.title}`, value: item.id });
  return [
    { label: 'Clauses 4–10', options: catalogue.filter((item) => item.kind === 'clause').map(option) },
    ...Object.entries(themeGroups).map(([theme, label]) => ({
      label,
      options: catalogue.filter((item) => item.theme === theme).map(option),
    })),
  ];
}

interface ScopeSelectProps {
  inputId: string;
  catalogue: readonly CatalogueItem[];
  value: readonly string[];
  onChange: (itemIds: string[]) => void;
  isInvalid?: boolean;
  isDisabled?: boolean;
}

/** The clauses and controls in an audit's scope; a parent clause stands for its sub-clauses. */
export function ScopeSelect({ inputId, catalogue, value, onChange, isInvalid, isDisabled }: ScopeSelectProps) {
  const options = groups(catalogue);
  const byId = new Map(options.flatMap((group) => group.options).map((option) => [option.value, option]));
  return (
    <Select<ItemOption, true>
      inputId={inputId}
      isMulti
      options={options}
      value={value.map((id) => byId.get(id) ?? { label: id, value: id })}
      onChange={(chosen) => onChange(chosen.map((option) => option.value))}
      isInvalid={isInvalid}
      isDisabled={isDisabled}
      placeholder="Type a clause or control number or title"
      testId={inputId}
    />
  );
}
