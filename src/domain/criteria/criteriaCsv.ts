import { readCsvTable, type CsvColumn } from '../csv/csv';
import type { Problem } from '../failure';
import { CriteriaRequirement, CrossReference } from './criteriaSet';
import type { CriteriaRequirement as Requirement, CrossReference as Reference } from './criteriaSet';

/**
 * A criteria set's requirements as a spreadsheet holds them: one line per requirement, the header
 * naming the columns in any order. `iso` lists the ISO/IEC 27001:2022 clauses or Annex A controls the
 * requirement is cross-referenced to, separated by semicolons (`A.8.15; A.8.16`). The set's own id,
 * title and source note are entered on the form, since a file of requirements rarely carries them.
 */
export const criteriaCsvColumns = [
  { name: 'id', required: true },
  { name: 'title', required: true },
  { name: 'requirement', required: true },
  { name: 'guidance', required: false },
  { name: 'group', required: false },
  { name: 'iso', required: false },
] as const satisfies readonly CsvColumn[];
type Column = (typeof criteriaCsvColumns)[number]['name'];

/** Which record field each column fills, to name the column a field's problem belongs to. */
const columnOfField: Record<keyof Requirement, Column> = {
  id: 'id',
  title: 'title',
  text: 'requirement',
  guidance: 'guidance',
  group: 'group',
};

export type CriteriaCsvResult =
  { ok: true; requirements: Requirement[]; crossReferences: Reference[] } | { ok: false; problems: Problem[] };

/** The ISO ids of one line's `iso` cell (semicolon-separated); each unknown or repeated one is a problem. */
function readIsoCell(line: number, cell: string, problems: Problem[]): string[] {
  const ids: string[] = [];
  for (const raw of cell.split(';').map((id) => id.trim())) {
    if (raw === '') continue;
    const isoId = CrossReference.shape.isoId.safeParse(raw);
    if (!isoId.success) {
      const message = isoId.error.issues[0]?.message ?? 'This value is not valid';
      problems.push({ line, column: 'iso', message: `${raw}: ${message}` });
    } else if (ids.includes(isoId.data)) {
      problems.push({ line, column: 'iso', message: `${raw} is listed twice on this line` });
    } else {
      ids.push(isoId.data);
    }
  }
  return ids;
}

/**
 * Reads the file into requirements and cross-references, or every problem found, each with its line
 * (the header is line 1), its column and what is wrong in plain words. All or nothing: one problem
 * and nothing is returned to import.
 */
export function readCriteriaCsv(text: string): CriteriaCsvResult {
  const table = readCsvTable(text, criteriaCsvColumns);
  const problems: Problem[] = [...table.problems];
  const requirements: Requirement[] = [];
  const crossReferences: Reference[] = [];
  const firstLineOf = new Map<string, number>();

  for (const row of table.rows) {
    const cells = row.cells;
    const parsed = CriteriaRequirement.safeParse({
      id: cells.id ?? '',
      title: cells.title ?? '',
      text: cells.requirement ?? '',
      guidance: cells.guidance ?? '',
      group: cells.group ?? '',
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof Requirement;
        problems.push({ line: row.line, column: columnOfField[field] ?? 'id', message: issue.message });
      }
    }
    // The ISO cell is checked whatever else is wrong on the line, so one pass names every problem.
    const isoIds = readIsoCell(row.line, cells.iso ?? '', problems);
    if (!parsed.success) continue;
    const requirement = parsed.data;
    const earlier = firstLineOf.get(requirement.id);
    if (earlier !== undefined) {
      problems.push({
        line: row.line,
        column: 'id',
        message: `Requirement ${requirement.id} is already on line ${earlier}: each id appears once`,
      });
      continue;
    }
    firstLineOf.set(requirement.id, row.line);
    requirements.push(requirement);
    crossReferences.push(...isoIds.map((isoId) => ({ requirementId: requirement.id, isoId })));
  }
  if (problems.length === 0 && requirements.length === 0)
    problems.push({ line: 2, column: 'id', message: 'The file has a header but no requirements' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, requirements, crossReferences };
}
