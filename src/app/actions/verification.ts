import type { CorrectiveActionView } from '../../contract/jira';
import type { ParsedInput } from '../../contract/resolvers';
import type { AppServices, Caller } from '../services';

// Scaffolding: the use cases of this room, filled in by the issue-7 work.

export async function verifyCorrectiveAction(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'verifyCorrectiveAction'>,
): Promise<CorrectiveActionView> {
  throw new Error('verifyCorrectiveAction: not built yet');
}
