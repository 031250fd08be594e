import type { z } from 'zod';
import type { FieldProblem } from '../failure';
import { fieldLabel } from './fieldLabel';
import { plainIssue, type RawIssue, type Wording } from './plainIssue';

/** The field data of a problem at the input's root (the whole payload is wrong). */
export const wholeInput = '(payload)';

/**
 * Parses with the schema, zod's own wording replaced by plain sentences (a schema's own message
 * still wins). Every problem is reported, not only the first, so a form can mark them all at once.
 */
export function parseWithPlainWords<S extends z.ZodType>(schema: S, input: unknown, wording: Wording = {}) {
  return schema.safeParse(input, { error: (issue) => plainIssue(issue as RawIssue, wording) });
}

/**
 * The problems of a failed parse, one per field (the first complaint about a field is the one
 * shown beside it), each with the field's path under `root` and its label.
 */
export function fieldProblems(error: z.ZodError, root: readonly string[] = []): FieldProblem[] {
  const byField = new Map<string, FieldProblem>();
  for (const issue of error.issues) {
    const path = [...root, ...issue.path.map(String)];
    const field = path.length > 0 ? path.join('.') : wholeInput;
    if (!byField.has(field)) byField.set(field, { field, label: fieldLabel(path), message: issue.message });
  }
  return [...byField.values()];
}

/** The whole refusal in words: each problem's sentence, one after the other. */
export function refusalMessage(problems: readonly FieldProblem[]): string {
  return problems.map((problem) => problem.message.replace(/[.\s]+$/, '')).join('. ');
}
