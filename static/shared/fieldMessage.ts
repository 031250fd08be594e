import type { ResolverError } from '../../src/contract';

/** True when the error names `path` or something inside it (`settings.workingDays.2`). */
export function errorIsAbout(error: ResolverError | null | undefined, path: string): boolean {
  const field = error?.field;
  if (!field) return false;
  return field === path || field.startsWith(`${path}.`) || field.startsWith(`${path}[`);
}

/** The error's message when it belongs under the field at `path`, else undefined. */
export function fieldMessage(error: ResolverError | null | undefined, path: string): string | undefined {
  return error && errorIsAbout(error, path) ? error.message : undefined;
}

/** True when one of the form's fields will show the error under itself. */
export function shownUnderAField(error: ResolverError | null | undefined, paths: readonly string[]): boolean {
  return paths.some((path) => errorIsAbout(error, path));
}
