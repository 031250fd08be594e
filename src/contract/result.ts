import type { FailureCode, FieldProblem, Overridable, Problem } from '../domain/failure';

export type ErrorCode = FailureCode;

export interface ResolverError {
  code: ErrorCode;
  message: string;
  /** Dotted path of the offending input field (`settings.timeZone`), when one is at fault: the first of `fields`. */
  field?: string;
  /** Every field at fault, each with its label and its own sentence, for a form to show beside each field. */
  fields?: FieldProblem[];
  /** Every problem found when one input holds many (a CSV import names each line and column). */
  problems?: Problem[];
  /** An impartiality refusal: the auditor and the area or scope line a signed override would allow. */
  overridable?: Overridable;
}

/** What every resolver answers: never a thrown error across the bridge. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ResolverError };
