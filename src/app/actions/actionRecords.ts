import { notFound } from '../../domain/failure';
import type { CorrectiveActionRecord } from '../../domain/actions/correctiveAction';
import type { CaVerificationRecord } from '../../domain/actions/caVerification';
import { hasIssue, trackedIssueId, type TrackedIssueRecord } from '../../domain/jira/trackedIssue';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices } from '../services';

export async function loadAction(
  services: AppServices,
  correctiveActionId: string,
): Promise<StoredRecord<CorrectiveActionRecord>> {
  const stored = await services.store.get('correctiveAction', correctiveActionId);
  if (!stored) throw notFound(`There is no corrective action ${correctiveActionId}`);
  return stored;
}

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

/** Every verification of an action, oldest round first (signed or not). */
export async function verificationsOf(
  services: AppServices,
  correctiveActionId: string,
): Promise<StoredRecord<CaVerificationRecord>[]> {
  const all = await services.store.listBy('caVerification', 'correctiveActionId', correctiveActionId);
  return [...all].sort((a, b) => a.record.round - b.record.round);
}

/** The tracked records (a finding's, an action's) that hold this Jira issue now, by its id. */
export async function trackedByIssue(
  services: AppServices,
  issue: { id: string },
): Promise<StoredRecord<TrackedIssueRecord>[]> {
  const all = await services.store.listBy('trackedIssue', 'issueId', issue.id);
  return all.filter((t) => hasIssue(t.record.state));
}
