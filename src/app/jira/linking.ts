import type { JiraIssuePick, TrackedIssueView } from '../../contract/jira';
import type { ParsedInput } from '../../contract/resolvers';
import type { AppServices, Caller } from '../services';

// Scaffolding: the use cases of this room, filled in by the issue-7 work.

export async function searchJiraIssues(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'searchJiraIssues'>,
): Promise<{ issues: JiraIssuePick[] }> {
  throw new Error('searchJiraIssues: not built yet');
}

export async function linkFindingIssue(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'linkFindingIssue'>,
): Promise<TrackedIssueView> {
  throw new Error('linkFindingIssue: not built yet');
}

export async function unlinkFindingIssue(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'unlinkFindingIssue'>,
): Promise<TrackedIssueView> {
  throw new Error('unlinkFindingIssue: not built yet');
}
