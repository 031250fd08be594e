import type { FailureCode, Problem } from '../domain/failure';

export type ErrorCode = FailureCode;

export interface ResolverError {
  code: ErrorCode;
  message: string;
  /** Dotted path of the offending input field (`settings.timeZone`), when one is at fault. */
  field?: string;
  /** Every problem found when one input holds many (a CSV import names each line and column). */
  problems?: Problem[];
}

/** What every resolver answers: never a thrown error across the bridge. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ResolverError };
