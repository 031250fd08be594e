import { hasIssue, trackedIssueId, type TrackedIssueRecord } from '../../domain/jira/trackedIssue';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices } from '../services';

/** The Jira issue a subject has now (raised or linked), with its tracked record; null otherwise. */
export async function issueOf(
  services: AppServices,
  subject: 'finding' | 'correctiveAction',
  subjectId: string,
): Promise<{ tracked: StoredRecord<TrackedIssueRecord>; issue: { id: string; key: string } } | null> {
  const tracked = await services.store.get('trackedIssue', trackedIssueId(subject, subjectId));
  if (!tracked || !hasIssue(tracked.record.state) || !tracked.record.issue) return null;
  return { tracked, issue: tracked.record.issue };
}

/** The tracked records (a finding's, an action's) that hold this Jira issue now, by its id. */
export async function trackedByIssue(
  services: AppServices,
  issue: { id: string },
): Promise<StoredRecord<TrackedIssueRecord>[]> {
  const all = await services.store.listBy('trackedIssue', 'issueId', issue.id);
  return all.filter((t) => hasIssue(t.record.state));
}
