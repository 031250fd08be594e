import type { z } from 'zod';
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

function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'This value is not valid';
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
      continue;
    }
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

    const isoIds = (cells.iso ?? '')
      .split(';')
      .map((id) => id.trim())
      .filter((id) => id !== '');
    const seenIso = new Set<string>();
    for (const isoId of isoIds) {
      const reference = CrossReference.safeParse({ requirementId: requirement.id, isoId });
      if (!reference.success) {
        problems.push({ line: row.line, column: 'iso', message: `${isoId}: ${firstMessage(reference.error)}` });
      } else if (seenIso.has(reference.data.isoId)) {
        problems.push({ line: row.line, column: 'iso', message: `${isoId} is listed twice on this line` });
      } else {
        seenIso.add(reference.data.isoId);
        crossReferences.push(reference.data);
      }
    }
  }
  if (problems.length === 0 && requirements.length === 0)
    problems.push({ line: 2, column: 'id', message: 'The file has a header but no requirements' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, requirements, crossReferences };
}
