import { Failure } from '../../domain/failure';
import type { AppServices } from '../services';
import { savedJiraSettings } from './savedSettings';
import { issueOf } from './trackedIssues';

/**
 * Once a corrective action of a finding has its issue, the finding's NC issue leaves its "to do"
 * status: it moves through the workflow's one transition into a status of Jira's "in progress"
 * category (the demo's NC workflow: Open → In progress), so nobody reads an NC being worked on as
 * untouched. The settings name only the NC closed status; "in progress" is read from the NC
 * project's own statuses and their categories. Best effort: the store is the record, and an NC
 * already under way, closed, or whose workflow offers no such transition stays where it is; the
 * reason is logged and returned, never thrown.
 */
export async function startFindingIssue(services: AppServices, findingId: string): Promise<string | null> {
  const settings = await savedJiraSettings(services);
  const linked = await issueOf(services, 'finding', findingId);
  if (!settings || !linked) return null;
  const jira = services.jira.asApp();
  const key = linked.issue.key;
  try {
    const issue = await jira.getIssue(key);
    if (!issue) return `${key} is gone or hidden from the app`;
    if (issue.status.category !== 'new') return null;
    const [transitions, project] = await Promise.all([jira.transitions(key), jira.project(issue.projectKey)]);
    const inProgress = new Set(
      (project?.statuses ?? []).filter((s) => s.category === 'indeterminate').map((s) => s.name.toLowerCase()),
    );
    const start = transitions.find((t) => inProgress.has(t.toStatus.toLowerCase()));
    if (!start)
      return `The workflow of ${key} offers no transition from "${issue.status.name}" to a status in progress`;
    await jira.transition(key, start.id);
    return null;
  } catch (error) {
    if (error instanceof Failure) {
      const note = `Jira did not move ${key} to in progress: ${error.message}`;
      console.warn(`startFindingIssue: ${note}`);
      return note;
    }
    throw error;
  }
}
