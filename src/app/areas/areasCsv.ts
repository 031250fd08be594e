import type { AreaView } from '../../contract/areas';
import type { CsvImportOutcome, FileDownload } from '../../contract/programme';
import type { ParsedInput } from '../../contract/resolvers';
import { catalogueItem } from '../../domain/catalogue/catalogue';
import { csvImportRefused, formatCsv, readCsvTable, type CsvRow } from '../../domain/csv/csv';
import type { Problem } from '../../domain/failure';
import { AuditableArea } from '../../domain/areas/auditableArea';
import { canonicalJson } from '../../domain/trail/canonicalJson';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices, Caller } from '../services';
import { listAuditableAreas } from './auditableAreas';
import { parseWithPlainWords } from '../../domain/input/inputProblems';

/**
 * The auditable areas' CSV format, one line per area, matched to the register by name (case aside).
 * `members` and `items` hold several values separated by `;` (commas and line breaks work too); a
 * file without them leaves an existing area's members and items as they are, and gives a new area none.
 */
const columns = [
  { name: 'name', required: true },
  { name: 'owner', required: true },
  { name: 'members', required: false },
  { name: 'likelihood', required: true },
  { name: 'impact', required: true },
  { name: 'items', required: false },
] as const;
type Column = (typeof columns)[number]['name'];

const listSeparator = /[;,\s]+/;
const joinList = (values: readonly string[]) => values.join('; ');
const key = (name: string) => name.trim().toLowerCase();

export async function exportAuditableAreas(services: AppServices): Promise<FileDownload> {
  const areas = (await services.store.list('auditableArea'))
    .map((stored) => stored.record)
    .sort((a, b) => a.name.localeCompare(b.name));
  const rows = areas.map((area) => [
    area.name,
    area.ownerId,
    joinList(area.memberIds),
    String(area.likelihood),
    String(area.impact),
    joinList(area.itemIds),
  ]);
  const stamp = services.clock.now().toISOString().slice(0, 10);
  return {
    fileName: `auditable-areas-${stamp}.csv`,
    mimeType: 'text/csv',
    content: formatCsv([columns.map((c) => c.name), ...rows]),
  };
}

// ---- reading one line -----------------------------------------------------------------------

const columnOfField: Record<string, Column> = {
  name: 'name',
  ownerId: 'owner',
  memberIds: 'members',
  likelihood: 'likelihood',
  impact: 'impact',
  itemIds: 'items',
};

function readRating(text: string | undefined, what: string, problem: (message: string) => void): number | null {
  const value = text?.trim() ?? '';
  if (/^[1-5]$/.test(value)) return Number(value);
  problem(`${what} is a whole number from 1 to 5${value ? `, not "${value}"` : ''}`);
  return null;
}

function readList(text: string | undefined): string[] | undefined {
  return text === undefined ? undefined : text.split(listSeparator).filter((value) => value !== '');
}

/** Clause and control ids as the catalogue spells them (`a.8.13` is A.8.13); unknown ones are problems. */
function readItems(text: string | undefined, problem: (message: string) => void): string[] | undefined {
  const values = readList(text);
  if (!values) return undefined;
  const ids = values.map((value) => value.replace(/^a\./, 'A.'));
  const unknown = ids.filter((id) => !catalogueItem(id));
  if (unknown.length > 0) {
    problem(
      `${unknown.join(', ')} ${unknown.length === 1 ? 'is not a clause or control' : 'are not clauses or controls'} of ISO/IEC 27001:2022 (clauses look like 9.2, controls like A.8.13)`,
    );
  }
  return ids;
}

function readArea(
  row: CsvRow<Column>,
  existing: AuditableArea | undefined,
): { area: AuditableArea | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const problemIn = (column: Column) => (message: string) => problems.push({ line: row.line, column, message });
  const name = row.cells.name?.trim() ?? '';
  if (!name) problemIn('name')('Name the area');
  const ownerId = row.cells.owner?.trim() ?? '';
  if (!ownerId) problemIn('owner')("Give the owner's Atlassian account id");
  const likelihood = readRating(row.cells.likelihood, 'Likelihood', problemIn('likelihood'));
  const impact = readRating(row.cells.impact, 'Impact', problemIn('impact'));
  const memberIds = readList(row.cells.members) ?? existing?.memberIds ?? [];
  const itemIds = readItems(row.cells.items, problemIn('items')) ?? existing?.itemIds ?? [];
  if (problems.length > 0) return { area: null, problems };

  const parsed = parseWithPlainWords(AuditableArea, { name, ownerId, memberIds, likelihood, impact, itemIds });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problemIn(columnOfField[String(issue.path[0])] ?? 'name')(issue.message);
    return { area: null, problems };
  }
  return { area: parsed.data, problems };
}

// ---- the import -----------------------------------------------------------------------------

interface PlannedWrite {
  before: StoredRecord<AuditableArea> | null;
  after: AuditableArea;
}

/**
 * Creates or updates areas from a CSV file, all rows or none: every row is read and checked before
 * the first write. Forge SQL has no transactions, so the writes (one per changed area) could still be
 * cut short by a crash or a time-out; rows identical to the stored area count as unchanged and are
 * not written, so running the same file again finishes the job instead of duplicating anything.
 */
export async function importAuditableAreas(
  services: AppServices,
  caller: Caller,
  command: ParsedInput<'importAuditableAreas'>,
): Promise<{ areas: AreaView[]; outcome: CsvImportOutcome }> {
  const stored = await services.store.list('auditableArea');
  const byName = new Map<string, StoredRecord<AuditableArea>>();
  for (const area of stored) if (!byName.has(key(area.record.name))) byName.set(key(area.record.name), area);

  const table = readCsvTable(command.csv, columns);
  const problems = [...table.problems];
  const firstLineOf = new Map<string, number>();
  const planned: PlannedWrite[] = [];
  let unchanged = 0;
  for (const row of table.rows) {
    const name = key(row.cells.name ?? '');
    const before = byName.get(name) ?? null;
    const read = readArea(row, before?.record);
    problems.push(...read.problems);
    if (name) {
      const earlier = firstLineOf.get(name);
      if (earlier !== undefined) {
        problems.push({
          line: row.line,
          column: 'name',
          message: `This area is listed twice (also on line ${earlier})`,
        });
        continue;
      }
      firstLineOf.set(name, row.line);
    }
    if (!read.area) continue;
    if (before && canonicalJson(before.record) === canonicalJson(read.area)) unchanged += 1;
    else planned.push({ before, after: read.area });
  }
  if (problems.length > 0) throw csvImportRefused(problems);

  const at = services.clock.now();
  for (const write of planned) {
    await services.store.apply({
      entity: 'auditableArea',
      id: write.before?.id ?? services.ids.newId('area'),
      before: write.before,
      after: write.after,
      actor: caller.accountId,
      at,
      reason: command.reason ?? null,
    });
  }
  const created = planned.filter((write) => !write.before).length;
  return {
    areas: (await listAuditableAreas(services)).areas,
    outcome: { created, updated: planned.length - created, unchanged },
  };
}
