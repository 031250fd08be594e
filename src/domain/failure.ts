/**
 * The ways a request can fail that a caller can act on. The same codes travel unchanged through the
 * resolver contract to the UI, so every layer speaks one vocabulary.
 */
export const failureCodes = [
  'invalid_input',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'unavailable',
] as const;
export type FailureCode = (typeof failureCodes)[number];

/** One of several things wrong with an input, e.g. one cell of an imported CSV file. */
export interface Problem {
  /** 1-based line of the input (a CSV file's header is line 1). */
  line: number;
  column: string;
  message: string;
}

/**
 * One input field at fault, as the resolver contract reports it: `field` is the path in the input
 * (data for the form that places the message, never shown), `label` the words a person knows the
 * field by, `message` a sentence about that field alone.
 */
export interface FieldProblem {
  field: string;
  label: string;
  message: string;
}

/**
 * What a programme manager's signed override would allow, carried by an impartiality refusal so the
 * form can offer exactly that override: the auditor, and the area they belong to or the scope line
 * (control or clause) they own or run.
 */
export interface Overridable {
  auditorId: string;
  areaId?: string;
  itemId?: string;
}

export class Failure extends Error {
  override readonly name = 'Failure';
  constructor(
    readonly code: FailureCode,
    message: string,
    /** The input field at fault, as a dotted path (`settings.timeZone`), when there is one. */
    readonly field?: string,
    /** Several problems at once (a CSV import's rows), each naming its line and column. */
    readonly problems?: readonly Problem[],
    /** Every field at fault at once, so a form can mark them all (the first is `field`). */
    readonly fields?: readonly FieldProblem[],
    /** An impartiality refusal's subject, which a signed override could lift. */
    readonly overridable?: Overridable,
  ) {
    super(message);
  }
}

export const invalidInput = (field: string, message: string) => new Failure('invalid_input', message, field);
/** An assignment refused for impartiality; `overridable` names what a signed override would allow. */
export const impartialityRefusal = (field: string, message: string, overridable: Overridable) =>
  new Failure('invalid_input', message, field, undefined, undefined, overridable);
export const forbidden = (message: string) => new Failure('forbidden', message);
export const notFound = (message: string) => new Failure('not_found', message);
export const conflict = (message: string, field?: string) => new Failure('conflict', message, field);

/**
 * A product (Jira, Confluence) call that did not go through and may succeed later: rate limited
 * (`retryAfterSeconds` from the product's Retry-After) or unavailable (a 5xx). `uncertain` says a
 * write may have happened anyway (the answer was lost after the product acted), so whoever retries
 * must look before writing again.
 */
export class ProductUnavailable extends Failure {
  constructor(
    code: 'rate_limited' | 'unavailable',
    message: string,
    readonly retryAfterSeconds: number | null,
    readonly uncertain: boolean,
  ) {
    super(code, message);
  }
}
