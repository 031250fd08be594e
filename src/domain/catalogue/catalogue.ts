import { z } from 'zod';
import { notFound } from '../failure';
import { CatalogueItem, type ControlTheme } from './catalogueItem';
import { clauses } from './clauses';
import { organizationalControls } from './controlsOrganizational';
import { peopleControls } from './controlsPeople';
import { physicalControls } from './controlsPhysical';
import { technologicalControls } from './controlsTechnological';

/**
 * Orders catalogue ids the way the standard does: clauses before controls, then number by number
 * (`9.2` < `9.2.1` < `9.2.2` < `9.3` < `10.1`; `A.5.2` < `A.5.10` < `A.6.1`). Total on any string: ids
 * that do not look like catalogue ids sort after those that do, by plain text.
 */
export function compareCatalogueIds(a: string, b: string): number {
  const keyA = sortKey(a);
  const keyB = sortKey(b);
  const length = Math.max(keyA.length, keyB.length);
  for (let i = 0; i < length; i++) {
    const x = keyA[i];
    const y = keyB[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x !== y) return x - y;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** [group, …numbers]: group 0 for clauses, 1 for controls, 2 for anything else. */
function sortKey(id: string): number[] {
  const control = id.startsWith('A.');
  const parts = (control ? id.slice(2) : id).split('.');
  if (parts.length === 0 || !parts.every((part) => /^\d+$/.test(part))) return [2];
  return [control ? 1 : 0, ...parts.map(Number)];
}

function build(items: readonly CatalogueItem[]): readonly CatalogueItem[] {
  const parsed = z.array(CatalogueItem).parse(items);
  const seen = new Set<string>();
  parsed.forEach((item, index) => {
    if (seen.has(item.id)) throw new Error(`Catalogue id ${item.id} is listed twice`);
    seen.add(item.id);
    const previous = parsed[index - 1];
    if (previous && compareCatalogueIds(previous.id, item.id) >= 0)
      throw new Error(`Catalogue out of order: ${previous.id} before ${item.id}`);
  });
  return Object.freeze(parsed.map((item) => Object.freeze(item)));
}

/**
 * The ISO/IEC 27001:2022 catalogue: clauses 4.1–10.2 in numeric order, then the 93 Annex A controls
 * (A.5.1–A.8.34). Validated and frozen when the module loads, so malformed data fails at once.
 */
export const catalogue: readonly CatalogueItem[] = build([
  ...clauses,
  ...organizationalControls,
  ...peopleControls,
  ...physicalControls,
  ...technologicalControls,
]);

const byId: ReadonlyMap<string, CatalogueItem> = new Map(catalogue.map((item) => [item.id, item]));

export const clauseIds: readonly string[] = Object.freeze(
  catalogue.filter((item) => item.kind === 'clause').map((item) => item.id),
);
export const controlIds: readonly string[] = Object.freeze(
  catalogue.filter((item) => item.kind === 'control').map((item) => item.id),
);

/** The catalogue item with this id, or undefined when there is none. */
export function catalogueItem(id: string): CatalogueItem | undefined {
  return byId.get(id);
}

export function isCatalogueId(id: string): boolean {
  return byId.has(id);
}

/** A string that names an item of the catalogue (for contracts and stored records). */
export const CatalogueId = z.string().refine(isCatalogueId, { message: 'Not an ISO/IEC 27001:2022 clause or control' });

/** A control's theme, or null for a clause. Throws `not_found` for an id outside the catalogue. */
export function themeOf(id: string): ControlTheme | null {
  const item = byId.get(id);
  if (!item) throw notFound(`${id} is not an ISO/IEC 27001:2022 clause or control`);
  return item.theme;
}
