/**
 * A pure evaluator for the subset of Jira expressions that workflow conditions need: tokenizer
 * (tokenizer.ts) → Pratt parser to an AST (parser.ts, ast.ts) → tree-walking evaluator
 * (evaluate.ts, members.ts) over Jira-typed values (values.ts, context.ts). No eval, no I/O.
 * README.md lists the subset and the semantic choices.
 */
import { contextVariables, type ExpressionContext } from './context';
import { JiraExpressionError } from './errors';
import { Evaluator } from './evaluate';
import { parse } from './parser';
import { toPlain, typeName } from './values';

export { JiraExpressionError } from './errors';
export type { Pos } from './errors';
export type { ExpressionContext, ExpressionIssue, ExpressionUser } from './context';

/** Jira's documented limit on an expression's length. */
export const MAX_EXPRESSION_LENGTH = 1000;

function run(expression: string, context: ExpressionContext): unknown {
  if (expression.length > MAX_EXPRESSION_LENGTH) {
    throw new JiraExpressionError(
      `Jira expression is too long (${expression.length}), limit: ${MAX_EXPRESSION_LENGTH} characters`,
    );
  }
  const ast = parse(expression);
  return new Evaluator(expression, context.now ?? new Date()).evaluate(ast, contextVariables(context));
}

/**
 * Evaluates `expression` against the context and returns its value as the REST API would: JSON
 * values, CalendarDates as `YYYY-MM-DD`, an issue as `{ id, key }`. Throws JiraExpressionError.
 */
export function evaluateJiraExpression(expression: string, context: ExpressionContext): unknown {
  return toPlain(run(expression, context));
}

/**
 * A `jira:customField` formatter: the expression sees the field's value as `value` (and no issue or
 * user) and must give the text Jira shows for it. Throws JiraExpressionError, as Jira would fail it.
 */
export function formatCustomFieldValue(expression: string, value: unknown): string {
  const shown = run(expression, { issue: null, user: null, value });
  if (typeof shown !== 'string') {
    throw new JiraExpressionError(
      `Evaluation failed: "${expression}" - A custom field formatter must evaluate to a String, not ${typeName(shown)}.`,
    );
  }
  return shown;
}

/**
 * For a workflow condition: the expression must evaluate to a Boolean. Jira fails (treats as false)
 * a condition that errors or yields anything else; here both throw JiraExpressionError, so the caller
 * can show why, and decides itself to treat it as false.
 */
export function evaluateCondition(expression: string, context: ExpressionContext): boolean {
  const value = run(expression, context);
  if (typeof value !== 'boolean') {
    throw new JiraExpressionError(
      `Evaluation failed: "${expression}" - A workflow condition must evaluate to a Boolean, not ${typeName(value)}.`,
    );
  }
  return value;
}
