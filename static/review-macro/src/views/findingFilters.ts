import type { FindingRegisterRow } from '../../../../src/contract/review';

/** The register's own filters, on the rows the macro already has (no call to the backend). */
export interface RegisterFilter {
  auditId: string;
  areaId: string;
  grade: string;
  itemId: string;
  status: 'all' | 'open' | 'closed';
  overdueOnly: boolean;
}

export const noFilter: RegisterFilter = {
  auditId: '',
  areaId: '',
  grade: '',
  itemId: '',
  status: 'all',
  overdueOnly: false,
};

export function filterRegister(rows: readonly FindingRegisterRow[], filter: RegisterFilter): FindingRegisterRow[] {
  return rows.filter(
    (row) =>
      (!filter.auditId || row.auditId === filter.auditId) &&
      (!filter.areaId || row.areaId === filter.areaId) &&
      (!filter.grade || row.grade === filter.grade) &&
      (!filter.itemId || row.itemId === filter.itemId) &&
      (filter.status === 'all' || (filter.status === 'open') === row.open) &&
      (!filter.overdueOnly || row.overdue),
  );
}

export interface FilterChoice {
  value: string;
  label: string;
}

const distinct = (pairs: FilterChoice[]): FilterChoice[] =>
  [...new Map(pairs.map((pair) => [pair.value, pair])).values()].sort((a, b) => a.label.localeCompare(b.label));

/** What each filter offers: only values that occur in the rows, so no choice empties the table by itself. */
export function registerChoices(
  rows: readonly FindingRegisterRow[],
): Record<'audits' | 'areas' | 'grades' | 'items', FilterChoice[]> {
  return {
    audits: distinct(rows.map((row) => ({ value: row.auditId, label: row.auditTitle }))),
    areas: distinct(rows.map((row) => ({ value: row.areaId, label: row.areaName }))),
    grades: distinct(rows.map((row) => ({ value: row.grade, label: row.grade }))),
    items: distinct(rows.map((row) => ({ value: row.itemId, label: `${row.itemId} ${row.itemTitle}` }))),
  };
}
