import type { RaiseJobView, TrackedIssueView } from '../../contract/jira';
import type { ParsedInput } from '../../contract/resolvers';
import type { AppServices, Caller } from '../services';

// Scaffolding: the use cases of this room, filled in by the issue-7 work.

export async function raiseFindingIssues(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'raiseFindingIssues'>,
): Promise<RaiseJobView> {
  throw new Error('raiseFindingIssues: not built yet');
}

export async function getRaiseJob(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'getRaiseJob'>,
): Promise<RaiseJobView> {
  throw new Error('getRaiseJob: not built yet');
}

export async function listRaiseJobs(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'listRaiseJobs'>,
): Promise<{ jobs: RaiseJobView[] }> {
  throw new Error('listRaiseJobs: not built yet');
}

export async function listTrackedIssues(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'listTrackedIssues'>,
): Promise<{ issues: TrackedIssueView[] }> {
  throw new Error('listTrackedIssues: not built yet');
}
