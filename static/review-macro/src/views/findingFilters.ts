import type { FindingRegisterRow } from '../../../../src/contract/review';
import { findingSourceTitles } from '../../../shared/words/findingSources';

/** The register's own filters, on the rows the macro already has (no call to the backend). */
export interface RegisterFilter {
  auditId: string;
  /** Where the nonconformities came from (an internal audit, an inspection…); '' for every source. */
  source: string;
  areaId: string;
  grade: string;
  itemId: string;
  status: 'all' | 'open' | 'closed';
  overdueOnly: boolean;
}

export const noFilter: RegisterFilter = {
  auditId: '',
  source: '',
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
      (!filter.source || row.source === filter.source) &&
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
): Record<'audits' | 'sources' | 'areas' | 'grades' | 'items', FilterChoice[]> {
  return {
    // A nonconformity from outside an audit has no audit to choose; the source filter finds it.
    audits: distinct(
      rows.flatMap((row) => (row.auditId === null ? [] : [{ value: row.auditId, label: row.auditTitle }])),
    ),
    sources: distinct(rows.map((row) => ({ value: row.source, label: findingSourceTitles[row.source] }))),
    areas: distinct(rows.map((row) => ({ value: row.areaId, label: row.areaName }))),
    grades: distinct(rows.map((row) => ({ value: row.grade, label: row.grade }))),
    items: distinct(rows.map((row) => ({ value: row.itemId, label: `${row.itemId} ${row.itemTitle}` }))),
  };
}
