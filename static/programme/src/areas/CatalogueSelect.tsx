import type { ResolverOutput } from '../../../../src/contract';
import {
  type IdListInputProps,
  IdListSelect,
  type IdOption,
  type IdOptionGroup,
} from '../../../shared/forms/IdListSelect';

export type CatalogueItem = ResolverOutput<'getCatalogue'>['items'][number];

const groupTitles: Record<string, string> = {
  clause: 'Clauses 4–10',
  organizational: 'A.5 Organizational controls',
  people: 'A.6 People controls',
  physical: 'A.7 Physical controls',
  technological: 'A.8 Technological controls',
};

function groupsOf(items: readonly CatalogueItem[]): IdOptionGroup[] {
  const groups = new Map<string, IdOption[]>();
  for (const item of items) {
    const group = item.kind === 'clause' ? 'clause' : (item.theme ?? 'clause');
    const options = groups.get(group) ?? [];
    options.push({ label: `${item.id} ${item.title}`, value: item.id });
    groups.set(group, options);
  }
  return [...groups.entries()].map(([group, options]) => ({ label: groupTitles[group] ?? group, options }));
}

interface CatalogueSelectProps extends IdListInputProps {
  items: readonly CatalogueItem[];
}

/** Clauses and Annex A controls, searchable by id or title, grouped as the standard orders them. */
export function CatalogueSelect({ items, ...props }: CatalogueSelectProps) {
  return (
    <IdListSelect {...props} options={groupsOf(items)} placeholder="Type a clause or control, e.g. 9.2 or A.8.13" />
  );
}
