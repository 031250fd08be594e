import { Failure } from '../../domain/failure';
import { jqlIn } from '../../domain/jira/jqlText';
import { observeIssue } from '../../domain/jira/mirrorObservation';
import type { JiraMirror } from '../../domain/jira/trackedIssue';
import type { JiraIssues } from '../../ports/jira';

/**
 * The status and due date of issues a chunk has just created, read back in ONE `search/jql` by key
 * (a chunk is at most 50 issues: one page), so the Findings & actions tab shows them at once
 * instead of "—" until the next event or the hourly reconciliation. The bulk create answers only
 * ids and keys, and the app's own changes raise no event it listens to (`ignoreSelf`).
 *
 * Best effort: the issues exist whatever this read does, so a refusal or an unavailable Jira
 * leaves them without a mirror (the reconciliation fills it in) rather than failing the raise.
 */
export async function mirrorsOfCreated(jira: JiraIssues, keys: readonly string[]): Promise<Map<string, JiraMirror>> {
  const mirrors = new Map<string, JiraMirror>();
  if (keys.length === 0) return mirrors;
  try {
    const page = await jira.searchIssues(jqlIn('key', keys));
    for (const issue of page.issues) {
      if (!issue.updated) continue;
      const { mirror } = observeIssue(null, {
        status: issue.status.name,
        statusCategory: issue.status.category,
        dueDate: issue.dueDate,
        assigneeId: issue.assigneeId,
        updated: issue.updated,
      });
      mirrors.set(issue.key, mirror);
    }
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    console.warn(`raise: could not read back ${keys.length} new issues: ${error.message}`);
  }
  return mirrors;
}
