import { hasIssue, type TrackedIssueRecord } from '../../../domain/jira/trackedIssue';
import type { StoredRecord } from '../../../ports/recordStore';

/**
 * Every issue that carries the app's audit property with a finding, action or review decision id:
 * the indexed aliases of `jira:entityProperty` (manifest.yml), so the search needs no project list
 * and still finds an issue moved to another project.
 */
export const mappedIssuesJql =
  'auditFindingId IS NOT EMPTY OR correctiveActionId IS NOT EMPTY OR reviewDecisionId IS NOT EMPTY';

/** Those updated in the last `minutes` (a relative date: Jira's own clock and zone apply). */
export const mappedIssuesUpdatedJql = (minutes: number) => `(${mappedIssuesJql}) AND updated >= -${minutes}m`;

/** The tracked records that stand for an issue, by Jira issue id (several subjects may share one). */
export function trackedByIssueId(
  records: StoredRecord<TrackedIssueRecord>[],
): Map<string, StoredRecord<TrackedIssueRecord>[]> {
  const byId = new Map<string, StoredRecord<TrackedIssueRecord>[]>();
  for (const stored of records) {
    const issue = stored.record.issue;
    if (!issue || !hasIssue(stored.record.state)) continue;
    const list = byId.get(issue.id) ?? [];
    list.push(stored);
    byId.set(issue.id, list);
  }
  return byId;
}
