import type { Problem } from '../failure';
import { readCsvTable, type CsvRow } from '../csv/csv';
import { ImportedAudit, daysAfterToday } from './importedAudit';

/**
 * The history file: one line per finding, the audit's columns repeated on each of its lines (how a
 * spreadsheet of past audit reports is usually kept); an audit without findings is one line with
 * the finding cells empty. Lines are grouped into audits by `reportReference`. Areas and people are
 * written by name, lists separated by `;`. Every line is checked before anything is written: the
 * import is all or nothing, and each problem names its line and column in plain words.
 */
export const historyColumns = [
  { name: 'title', required: true },
  { name: 'areas', required: true },
  { name: 'items', required: true },
  { name: 'lead', required: true },
  { name: 'team', required: false },
  { name: 'plannedStart', required: true },
  { name: 'plannedEnd', required: true },
  { name: 'performedStart', required: true },
  { name: 'performedEnd', required: true },
  { name: 'reportedOn', required: true },
  { name: 'reportReference', required: true },
  { name: 'findingItem', required: false },
  { name: 'findingGrade', required: false },
  { name: 'finding', required: false },
] as const;
type Column = (typeof historyColumns)[number]['name'];

/** Names as the site knows them, matched without regard to case or surrounding spaces. */
export interface HistoryLookups {
  areaIdByName: ReadonlyMap<string, string>;
  accountIdByName: ReadonlyMap<string, string>;
  today: string;
}

const auditColumns: readonly Column[] = [
  'title',
  'areas',
  'items',
  'lead',
  'team',
  'plannedStart',
  'plannedEnd',
  'performedStart',
  'performedEnd',
  'reportedOn',
];
const list = (cell: string | undefined) =>
  (cell ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
const key = (name: string) => name.trim().toLocaleLowerCase('en');

/** The first column a zod issue path points at, in the file's words. */
function columnOf(path: readonly PropertyKey[]): Column {
  const [field] = path;
  const byField: Record<string, Column> = {
    areaIds: 'areas',
    itemIds: 'items',
    leadAuditorId: 'lead',
    teamIds: 'team',
    findings: 'findingItem',
  };
  return byField[String(field)] ?? (String(field) as Column);
}

/** Resolves names to ids, or records one problem per unknown name. */
function idsOf(
  names: readonly string[],
  lookup: ReadonlyMap<string, string>,
  what: string,
  where: { line: number; column: Column },
  problems: Problem[],
): string[] {
  return names.flatMap((name) => {
    const id = lookup.get(key(name));
    if (id) return [id];
    problems.push({ ...where, message: `There is no ${what} called "${name}"` });
    return [];
  });
}

function auditOf(lines: ReadonlyArray<CsvRow<Column>>, lookups: HistoryLookups, problems: Problem[]) {
  const first = lines[0]!;
  const cells = first.cells;
  // The audit's own columns must read the same on every line of the audit.
  for (const line of lines.slice(1)) {
    for (const column of auditColumns) {
      if ((line.cells[column] ?? '').trim() !== (cells[column] ?? '').trim()) {
        problems.push({
          line: line.line,
          column,
          message: `Differs from line ${first.line} of the same report reference: an audit's columns repeat unchanged on each of its lines`,
        });
      }
    }
  }
  const at = (column: Column) => ({ line: first.line, column });
  const candidate = {
    title: cells.title ?? '',
    areaIds: idsOf(list(cells.areas), lookups.areaIdByName, 'area', at('areas'), problems),
    itemIds: list(cells.items),
    leadAuditorId: idsOf(list(cells.lead), lookups.accountIdByName, 'person', at('lead'), problems)[0] ?? '',
    teamIds: idsOf(list(cells.team), lookups.accountIdByName, 'person', at('team'), problems),
    plannedStart: (cells.plannedStart ?? '').trim(),
    plannedEnd: (cells.plannedEnd ?? '').trim(),
    performedStart: (cells.performedStart ?? '').trim(),
    performedEnd: (cells.performedEnd ?? '').trim(),
    reportedOn: (cells.reportedOn ?? '').trim(),
    reportReference: (cells.reportReference ?? '').trim(),
    findings: lines
      .filter((line) => [line.cells.findingItem, line.cells.findingGrade, line.cells.finding].some((c) => c?.trim()))
      .map((line) => ({
        itemId: (line.cells.findingItem ?? '').trim(),
        grade: (line.cells.findingGrade ?? '').trim(),
        statement: line.cells.finding ?? '',
      })),
  };
  const parsed = ImportedAudit.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // A finding's problem is on the finding's own line.
      const findingLine =
        issue.path[0] === 'findings' && typeof issue.path[1] === 'number'
          ? lines.filter((l) => [l.cells.findingItem, l.cells.findingGrade, l.cells.finding].some((c) => c?.trim()))[
              issue.path[1]
            ]
          : undefined;
      const findingColumn: Record<string, Column> = {
        itemId: 'findingItem',
        grade: 'findingGrade',
        statement: 'finding',
      };
      problems.push({
        line: findingLine?.line ?? first.line,
        column: findingLine ? (findingColumn[String(issue.path[2])] ?? 'findingItem') : columnOf(issue.path),
        message: issue.message,
      });
    }
    return null;
  }
  for (const field of daysAfterToday(parsed.data, lookups.today)) {
    problems.push({
      line: first.line,
      column: field,
      message: `${parsed.data[field]} is after today: history is what already happened`,
    });
  }
  return parsed.data;
}

/**
 * Reads a history file into the audits it holds, or every problem found (nothing is then imported).
 * A report reference already in the programme is a problem too, so a file imported twice adds nothing.
 */
export function readAuditHistory(
  text: string,
  lookups: HistoryLookups,
  alreadyImported: ReadonlySet<string> = new Set(),
): { ok: true; audits: ImportedAudit[] } | { ok: false; problems: Problem[] } {
  const table = readCsvTable(text, historyColumns);
  const problems = [...table.problems];
  const byReference = new Map<string, Array<CsvRow<Column>>>();
  for (const row of table.rows) {
    const reference = (row.cells.reportReference ?? '').trim();
    byReference.set(reference, [...(byReference.get(reference) ?? []), row]);
  }
  const audits: ImportedAudit[] = [];
  for (const [reference, lines] of byReference) {
    if (reference !== '' && alreadyImported.has(key(reference))) {
      problems.push({
        line: lines[0]!.line,
        column: 'reportReference',
        message: `The audit reported as "${reference}" is already in the programme`,
      });
      continue;
    }
    const audit = auditOf(lines, lookups, problems);
    if (audit) audits.push(audit);
  }
  if (table.rows.length === 0 && problems.length === 0) {
    problems.push({ line: 1, column: '(file)', message: 'The file has no audits below its header' });
  }
  return problems.length > 0 ? { ok: false, problems: problems.sort((a, b) => a.line - b.line) } : { ok: true, audits };
}
