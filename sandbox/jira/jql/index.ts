import { checkTimeZone } from './dates';
import { bindWhere, type BindEnv } from './evaluate';
import { buildComparator } from './order';
import { parseJql } from './parser';
import type { CompiledJql, JqlContext, JqlIssue, JqlSchema } from './types';

/**
 * A JQL subset for the emulated Jira's search: parsed (tokenizer.ts → parser.ts), bound to the
 * schema (fields.ts, operands.ts, dates.ts, text.ts), evaluated (evaluate.ts) and ordered
 * (order.ts). Pure: no I/O, no clock but `context.now`, no zone but `context.timeZone`.
 *
 * Everything outside the subset throws JqlError with Jira's wording, so the emulator answers 400
 * instead of a silently wrong result.
 */
export { JqlError } from './errors';
export type { CompiledJql, JqlContext, JqlIssue, JqlPropertyType, JqlSchema } from './types';

export function compileJql(
  jql: string,
  schema: JqlSchema,
  context: { currentAccountId: string | null; now: Date; timeZone?: string },
): CompiledJql {
  const { currentAccountId, now, timeZone = 'UTC' } = context satisfies JqlContext;
  checkTimeZone(timeZone);
  const query = parseJql(jql);
  const env: BindEnv = { schema, timeZone, currentAccountId, nowMs: now.getTime() };
  const matches = query.where ? bindWhere(query.where, env) : () => true;
  const compare = buildComparator(query.orderBy, env);
  return {
    matches: (issue: JqlIssue) => matches(issue),
    compare,
  };
}
