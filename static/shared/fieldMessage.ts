import type { ResolverError } from '../../src/contract';

const isAt = (field: string, path: string) =>
  field === path || field.startsWith(`${path}.`) || field.startsWith(`${path}[`);

/** The fields the error is about: every labelled problem, or the one `field` of an older answer. */
function fieldsOf(error: ResolverError): ReadonlyArray<{ field: string; message: string }> {
  if (error.fields && error.fields.length > 0) return error.fields;
  return error.field ? [{ field: error.field, message: error.message }] : [];
}

/** True when the error names `path` or something inside it (`settings.workingDays.2`). */
export function errorIsAbout(error: ResolverError | null | undefined, path: string): boolean {
  return error ? fieldsOf(error).some((problem) => isAt(problem.field, path)) : false;
}

/**
 * The error's words for the field at `path`: that field's own sentence when the answer lists each
 * field at fault, else (an answer naming one field) the whole message; undefined when not about it.
 */
export function fieldMessage(error: ResolverError | null | undefined, path: string): string | undefined {
  if (!error) return undefined;
  return fieldsOf(error).find((problem) => isAt(problem.field, path))?.message;
}

/**
 * True when the form's fields show every problem of the error under themselves, so a summary
 * above the form would only repeat them. A problem no field of the form shows keeps the summary.
 */
export function shownUnderAField(error: ResolverError | null | undefined, paths: readonly string[]): boolean {
  if (!error) return false;
  const problems = fieldsOf(error);
  return problems.length > 0 && problems.every((problem) => paths.some((path) => isAt(problem.field, path)));
}
