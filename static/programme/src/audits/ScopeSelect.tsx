import { type IdListInputProps, IdListSelect, type IdOptionGroup } from '../../../shared/forms/IdListSelect';
import type { CatalogueItem } from './useAuditLookups';

const themeGroups = {
  organizational: 'Annex A — organizational controls',
  people: 'Annex A — people controls',
  physical: 'Annex A — physical controls',
  technological: 'Annex A — technological controls',
} as const;

/** The catalogue as grouped options: the clauses, then the controls by theme, in catalogue order. */
function groups(catalogue: readonly CatalogueItem[]): IdOptionGroup[] {
  const option = (item: CatalogueItem) => ({ label: `${item.id} ${item.title}`, value: item.id });
  return [
    { label: 'Clauses 4–10', options: catalogue.filter((item) => item.kind === 'clause').map(option) },
    ...Object.entries(themeGroups).map(([theme, label]) => ({
      label,
      options: catalogue.filter((item) => item.theme === theme).map(option),
    })),
  ];
}

interface ScopeSelectProps extends IdListInputProps {
  catalogue: readonly CatalogueItem[];
}

/** The clauses and controls in an audit's scope; a parent clause stands for its sub-clauses. */
export function ScopeSelect({ inputId, catalogue, ...props }: ScopeSelectProps) {
  return (
    <IdListSelect
      {...props}
      inputId={inputId}
      options={groups(catalogue)}
      placeholder="Type a clause or control number or title"
      testId={inputId}
    />
  );
}
