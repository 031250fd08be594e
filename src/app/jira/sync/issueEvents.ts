import { AuditPropertyInEvent, observationOf, type JiraIssueEventPayload } from '../../../domain/jira/mirrorEvent';
import { observeDeletion, observeIssue, type IssueObservation } from '../../../domain/jira/mirrorObservation';
import { trackedIssueId, type TrackedIssueRecord } from '../../../domain/jira/trackedIssue';
import { auditPropertyKey } from '../../../ports/jira';
import type { StoredRecord } from '../../../ports/recordStore';
import type { AppServices } from '../../services';
import { issueEventsActor } from './syncActors';
import { writeTracked } from './writeTracked';

export interface IssueEventOutcome {
  /** Tracked records that stand for the issue. */
  tracked: number;
  /** Of those, how many the event changed (0 for a duplicate or an older update). */
  written: number;
  adopted: boolean;
}

const whoSaid = (event: JiraIssueEventPayload) => (event.atlassianId ? ` by ${event.atlassianId}` : '');

/**
 * What one issue event does to a tracked record: the newer state goes into the mirror (and a
 * moved issue's new key into the reference); a deletion marks the mirror deleted and adds one
 * history line. The record's own state is the app's: an issue closed in Jira is only mirrored —
 * a corrective action closes through the app's verification, never because Jira says so.
 */
function applyEvent(
  record: TrackedIssueRecord,
  event: JiraIssueEventPayload,
  seen: IssueObservation | null,
  at: string,
): TrackedIssueRecord | null {
  if (!record.issue || record.issue.id !== event.issue.id) return null;
  if (event.eventType === 'avi:jira:deleted:issue') {
    const deleted = observeDeletion(record.jira, seen);
    const alreadyNoted = record.history.some((h) => h.action === 'deleted' && h.issueKey === record.issue?.key);
    if (alreadyNoted && !deleted?.changed) return null;
    return {
      ...record,
      jira: deleted?.mirror ?? record.jira,
      history: alreadyNoted
        ? record.history
        : [
            ...record.history,
            {
              action: 'deleted',
              issueKey: record.issue.key,
              at,
              by: issueEventsActor,
              note: `Deleted in Jira${whoSaid(event)}`,
            },
          ],
    };
  }
  if (!seen) return null;
  const { mirror, changed } = observeIssue(record.jira, seen);
  if (!changed) return null;
  // The key follows the newest state: an issue moved to another project keeps its id, not its key.
  return { ...record, issue: { id: record.issue.id, key: event.issue.key }, jira: mirror };
}

/**
 * A created issue that carries the app's audit property and whose subject waits in `creating`
 * (the create was sent, its answer lost): the event names the issue, so the subject is raised
 * without another create. Forge does not promise properties in the payload; without them the
 * raising path's search by finding id does the same.
 */
async function adopt(
  services: AppServices,
  event: JiraIssueEventPayload,
  seen: IssueObservation | null,
): Promise<boolean> {
  if (event.eventType !== 'avi:jira:created:issue') return false;
  const property = AuditPropertyInEvent.safeParse(event.issue.properties?.[auditPropertyKey]);
  if (!property.success) return false;
  const { correctiveActionId, findingId, reviewDecisionId } = property.data;
  const id = reviewDecisionId
    ? trackedIssueId('reviewDecision', reviewDecisionId)
    : correctiveActionId
      ? trackedIssueId('correctiveAction', correctiveActionId)
      : findingId
        ? trackedIssueId('finding', findingId)
        : null;
  const stored = id ? await services.store.get('trackedIssue', id) : null;
  if (!stored) return false;
  const at = services.clock.now().toISOString();
  const written = await writeTracked(
    services,
    stored,
    (record) =>
      record.state !== 'creating'
        ? null
        : {
            ...record,
            state: 'raised',
            issue: { id: event.issue.id, key: event.issue.key },
            lastError: null,
            jira: seen ? observeIssue(null, seen).mirror : record.jira,
            history: [
              ...record.history,
              {
                action: 'adopted',
                issueKey: event.issue.key,
                at,
                by: issueEventsActor,
                note: 'Found by its created event',
              },
            ],
          },
    issueEventsActor,
  );
  return written !== null;
}

/**
 * Brings the store in step with one `avi:jira:*:issue` event from its payload alone (no Jira call).
 * Idempotent and order-free: a duplicate or an older update changes nothing, so any delivery
 * order of the same events leaves the same mirror. Throws only for a failure worth a redelivery.
 */
export async function recordIssueEvent(
  services: AppServices,
  event: JiraIssueEventPayload,
): Promise<IssueEventOutcome> {
  const seen = observationOf(event);
  const tracked: StoredRecord<TrackedIssueRecord>[] = await services.store.listBy(
    'trackedIssue',
    'issueId',
    event.issue.id,
  );
  if (tracked.length === 0) return { tracked: 0, written: 0, adopted: await adopt(services, event, seen) };
  const at = services.clock.now().toISOString();
  let written = 0;
  for (const stored of tracked) {
    const after = await writeTracked(
      services,
      stored,
      (record) => applyEvent(record, event, seen, at),
      issueEventsActor,
    );
    if (after) written += 1;
  }
  return { tracked: tracked.length, written, adopted: false };
}
