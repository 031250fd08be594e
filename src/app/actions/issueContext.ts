import type { IssueContextView } from '../../contract/jira';
import type { ParsedInput } from '../../contract/resolvers';
import type { AppServices, Caller } from '../services';

// Scaffolding: the use cases of this room, filled in by the issue-7 work.

export async function getIssueContext(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'getIssueContext'>,
): Promise<IssueContextView> {
  throw new Error('getIssueContext: not built yet');
}
