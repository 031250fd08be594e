/**
 * The one error the expression module throws. Its messages follow the three shapes Jira Cloud uses
 * (syntax, evaluation, limits), plus one of the emulator's own for valid Jira expressions it does
 * not implement, so a developer can tell "Jira would reject this" from "only the sandbox does".
 */
export class JiraExpressionError extends Error {
  override readonly name = 'JiraExpressionError';

  constructor(
    message: string,
    /** Where the offending construct starts, when the error has one. */
    readonly pos?: Pos,
  ) {
    super(message);
  }
}

/** Where a token starts: offset is 0-based, line and column are 1-based. */
export interface Pos {
  offset: number;
  line: number;
  column: number;
}

/** "Syntax error at line 1, column 12: <what was expected>, <what was found> encountered." */
export function syntaxError(pos: Pos, message: string): JiraExpressionError {
  return new JiraExpressionError(`Syntax error at line ${pos.line}, column ${pos.column}: ${message}`, pos);
}

/** A construct Jira expressions support but the local emulator does not. */
export function notEmulated(construct: string, pos: Pos): JiraExpressionError {
  return new JiraExpressionError(
    `The local emulator does not evaluate ${construct} (line ${pos.line}, column ${pos.column})`,
    pos,
  );
}

/** Jira's runtime error shape: `Evaluation failed: "<the failing sub-expression>" - <reason>`. */
export function evaluationError(source: string, message: string, pos: Pos): JiraExpressionError {
  return new JiraExpressionError(`Evaluation failed: "${source}" - ${message}`, pos);
}
