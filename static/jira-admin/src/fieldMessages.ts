import type { ResolverError } from '../../../src/contract';
import type { JiraSettingsProblem } from '../../../src/contract/jira';
import { fieldMessage } from '../../shared/fieldMessage';

/**
 * What to say under the field at `path`: the last refusal's message when it names this field,
 * else what the last check found wrong with it (several problems joined).
 */
export function messageAt(
  path: string,
  error: ResolverError | null,
  problems: readonly JiraSettingsProblem[],
): string | undefined {
  const refused = fieldMessage(error, path);
  if (refused) return refused;
  const found = problems.filter((problem) => problem.field === path || problem.field.startsWith(`${path}.`));
  return found.length > 0 ? found.map((problem) => problem.message).join(' ') : undefined;
}

/** The field messages of one form state, as one function the field components call. */
export type MessageAt = (path: string) => string | undefined;
