import type { ResolverError } from '../../../src/contract';

/** A problem a form finds itself before sending: the field's path, its label and a sentence. */
export interface FormProblem {
  field: string;
  label: string;
  message: string;
}

/**
 * Every problem the form found, at once, shaped as the backend's refusal so each field shows its
 * own sentence the same way; null when there is none. Checks that pass give `false`.
 */
export function formRefusal(checks: ReadonlyArray<FormProblem | false>): ResolverError | null {
  const fields = checks.filter((check): check is FormProblem => check !== false);
  if (fields.length === 0) return null;
  const message = fields.map((problem) => problem.message).join('. ');
  return { code: 'invalid_input', message, field: fields[0]!.field, fields };
}
