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

export class Failure extends Error {
  override readonly name = 'Failure';
  constructor(
    readonly code: FailureCode,
    message: string,
    /** The input field at fault, as a dotted path (`settings.timeZone`), when there is one. */
    readonly field?: string,
  ) {
    super(message);
  }
}

export const invalidInput = (field: string, message: string) => new Failure('invalid_input', message, field);
export const forbidden = (message: string) => new Failure('forbidden', message);
export const notFound = (message: string) => new Failure('not_found', message);
export const conflict = (message: string, field?: string) => new Failure('conflict', message, field);
