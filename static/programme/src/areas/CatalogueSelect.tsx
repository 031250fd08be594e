import Select from '@atlaskit/select';
import type { ResolverOutput } from '../../../../src/contract';

export type CatalogueItem = ResolverOutput<'getCatalogue'>['items'][number];

interface ItemOption {
  label: string;
  value: string;
}
interface ItemGroup {
  label: string;
  options: ItemOption[];
}

const groupTitles: Record<string, string> = {
  clause: 'Clauses 4–10',
  organizational: 'A.5 Organizational controls',
  people: 'A.6 People controls',
  physical: 'A.7 Physical controls',
  technological: 'A.8 Technological controls',
};

function groupsOf(items: readonly CatalogueItem[]): ItemGroup[] {
  const groups = new Map<string, ItemOption[]>();
  for (const item of items) {
    const group = item.kind === 'clause' ? 'clause' : (item.theme ?? 'clause');
    const options = groups.get(group) ?? [];
    options.push({ label: `${item.id} ${item.title}`, value: item.id });
    groups.set(group, options);
  }
  return [...groups.entries()].map(([group, options]) => ({ label: groupTitles[group] ?? group, options }));
}

interface CatalogueSelectProps {
  inputId: string;
  items: readonly CatalogueItem[];
  value: readonly string[];
  onChange: (itemIds: string[]) => void;
  isInvalid?: boolean;
  testId?: string;
}

/** Clauses and Annex A controls, searchable by id or title, grouped as the standard orders them. */
export function CatalogueSelect({ inputId, items, value, onChange, isInvalid, testId }: CatalogueSelectProps) {
  const groups = groupsOf(items);
  const byId = new Map(groups.flatMap((group) => group.options.map((option) => [option.value, option] as const)));
  return (
    <Select<ItemOption, true>
      inputId={inputId}
      isMulti
      options={groups}
      value={value.map((id) => byId.get(id) ?? { label: id, value: id })}
      onChange={(options) => onChange(options.map((option) => option.value))}
      isInvalid={isInvalid}
      placeholder="Type a clause or control, e.g. 9.2 or A.8.13"
      testId={testId}
    />
  );
}
