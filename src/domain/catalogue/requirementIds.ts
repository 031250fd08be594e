import { z } from 'zod';

/**
 * Requirement ids as strings, the catalogue's spelling: clauses `4` … `10.2` (sub-clauses like
 * `9.2.2`), Annex A controls `A.5.1` … `A.8.34`. These rules only need the shape of an id, not the
 * catalogue itself, so they take any well-formed id and leave "does it exist" to the caller.
 */
export const clauseIdPattern = /^(?:[4-9]|10)(?:\.\d{1,2}){0,3}$/;
export const controlIdPattern = /^A\.[5-8]\.\d{1,2}$/;

export const ClauseId = z.string().regex(clauseIdPattern, 'A clause id looks like 9.2.2 (clauses 4–10)');
export const ControlId = z.string().regex(controlIdPattern, 'A control id looks like A.8.34 (themes A.5–A.8)');
/** A clause or an Annex A control. */
export const RequirementId = z
  .string()
  .refine(
    (id) => clauseIdPattern.test(id) || controlIdPattern.test(id),
    'Use a clause id (e.g. 9.2.2) or an Annex A control id (e.g. A.8.34)',
  );

export type RequirementKind = 'clause' | 'control';
export const requirementKind = (id: string): RequirementKind => (id.startsWith('A.') ? 'control' : 'clause');

/** The coverage matrix's rows: the clauses together, then one row per Annex A theme. */
export const coverageRows = ['clauses', 'A.5', 'A.6', 'A.7', 'A.8'] as const;
export type CoverageRow = (typeof coverageRows)[number];
export const coverageRowLabels: Record<CoverageRow, string> = {
  clauses: 'Clauses 4–10',
  'A.5': 'A.5 organizational',
  'A.6': 'A.6 people',
  'A.7': 'A.7 physical',
  'A.8': 'A.8 technological',
};

export function coverageRowOf(id: string): CoverageRow {
  if (requirementKind(id) === 'clause') return 'clauses';
  const theme = id.split('.').slice(0, 2).join('.');
  return (coverageRows as readonly string[]).includes(theme) ? (theme as CoverageRow) : 'A.8';
}

/**
 * Orders ids as a reader expects: clauses before controls, then part by part, numbers as numbers
 * (9.2.2 < 9.3 < 10.1; A.5.2 < A.5.10), a parent before its children (9.2 < 9.2.1).
 */
export function compareRequirementIds(a: string, b: string): number {
  const kindOrder = Number(requirementKind(a) === 'control') - Number(requirementKind(b) === 'control');
  if (kindOrder !== 0) return kindOrder;
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const x = left[i] ?? '';
    const y = right[i] ?? '';
    const bothNumbers = /^\d+$/.test(x) && /^\d+$/.test(y);
    const order = bothNumbers ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

/**
 * A competence or knowledge domain: a clause prefix (`9`, `9.2`, `9.2.2`), all of Annex A (`A`), a
 * theme (`A.8`) or one control (`A.8.34`).
 */
export const DomainCode = z
  .string()
  .refine(
    (code) => clauseIdPattern.test(code) || code === 'A' || /^A\.[5-8](?:\.\d{1,2})?$/.test(code),
    'A domain is a clause prefix (9, 9.2), A, an Annex A theme (A.8) or a control (A.8.34)',
  );

/** `domain` covers `id` when it is the id itself or one of its dotted prefixes ('9' covers 9.2.2, not 10.1). */
export function domainCovers(domain: string, id: string): boolean {
  return id === domain || id.startsWith(`${domain}.`);
}
