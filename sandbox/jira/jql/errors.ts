/**
 * The one error the JQL module throws for a query it refuses. Its message is phrased like Jira
 * Cloud's own (the emulator answers it as `400 {"errorMessages":[message]}`); where Jira would
 * accept the query but the local emulator does not implement it, the message says so.
 */
export class JqlError extends Error {
  override readonly name = 'JqlError';
}

/** Where a token starts: offset is 0-based, line and column (Jira's "character") are 1-based. */
export interface Pos {
  offset: number;
  line: number;
  column: number;
}

const where = (pos: Pos) => `(line ${pos.line}, character ${pos.column})`;

/** "Error in the JQL Query: …" — Jira's prefix for a query that does not parse. */
export function syntaxError(message: string, pos?: Pos): JqlError {
  return new JqlError(`Error in the JQL Query: ${message}${pos ? ` ${where(pos)}` : ''}`);
}

/** Quote a token the way Jira does in "but got 'x'". */
export const quoted = (text: string) => `'${text}'`;

export const VALID_OPERATORS =
  "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";

export const unknownField = (name: string) =>
  new JqlError(`Field '${name}' does not exist or you do not have permission to view it.`);

export const fieldNotEmulated = (name: string) =>
  new JqlError(`Field '${name}' is not supported by the local emulator.`);

/** An operator Jira itself rejects for the field. */
export const operatorNotSupported = (operator: string, field: string) =>
  new JqlError(`The operator '${operator}' is not supported by the '${field}' field.`);

/** An operator Jira accepts for the field but the local emulator does not implement. */
export const operatorNotEmulated = (operator: string, field: string) =>
  new JqlError(`The operator '${operator}' is not supported by the local emulator for field '${field}'.`);
