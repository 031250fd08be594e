import { conflict } from '../../domain/failure';
import { raiseConcurrency } from '../../domain/jira/raiseConcurrency';
import { raiseChunkSize, type RaiseJobRecord } from '../../domain/jira/raiseJob';
import {
  hasIssue,
  trackedIssueId,
  type TrackedIssueRecord,
  type TrackedSubject,
  untrackedIssue,
} from '../../domain/jira/trackedIssue';
import { isRaiseUnderWay, withEvent } from '../../domain/jira/trackedIssueHistory';
import type { RecordChange, StoredRecord } from '../../ports/recordStore';
import type { AppServices, Caller } from '../services';

/** A subject to raise a Jira issue for. */
export interface RaiseRequest {
  subject: TrackedSubject;
  subjectId: string;
  auditId: string | null;
}

/** What one queue event carries: the job and at most 50 tracked ids (one bulk create). */
export interface RaiseChunk {
  jobId: string;
  trackedIds: string[];
  /** How many times this chunk was pushed again after Jira said "not now". */
  retry: number;
}

/** Forge takes at most 50 events in one push. */
const eventsPerPush = 50;

/**
 * The one raising path (findings, corrective actions, and later review decisions all come here):
 * each subject gets its tracked record (id `trackedIssueId`, the unique key that stops a second
 * issue) in `queued` with this job's id (all in one batch of the store), then the job record, then
 * queue events of at most 50 subjects each. Subjects that already have an issue, wait on a raise
 * under way, or were changed by someone else while this job queued them, are left out.
 * A subject that was ever sent to Jira is queued as `creating`, so the consumer searches for its
 * issue before creating one (a failed or interrupted attempt may have made it after all).
 */
export async function startRaiseJob(
  services: AppServices,
  caller: Caller,
  requests: RaiseRequest[],
  auditId: string | null,
): Promise<{ jobId: string }> {
  const now = services.clock.now();
  const jobId = services.ids.newId('raise');
  const unique = [...new Map(requests.map((r) => [trackedIssueId(r.subject, r.subjectId), r])).entries()];
  // One read for an audit's subjects, one more per few hundred of the others: never one per subject.
  const known = new Map(
    (auditId ? await services.store.listBy('trackedIssue', 'auditId', auditId) : []).map((t) => [t.id, t]),
  );
  const others = unique.map(([id]) => id).filter((id) => !known.has(id));
  if (others.length > 0) for (const [id, t] of await services.store.getMany('trackedIssue', others)) known.set(id, t);
  const changes: Array<RecordChange<'trackedIssue'>> = [];
  for (const [id, request] of unique) {
    const existing = known.get(id) ?? null;
    if (existing && (hasIssue(existing.record.state) || isRaiseUnderWay(existing.record, existing.updatedAt, now))) {
      continue;
    }
    changes.push({
      entity: 'trackedIssue',
      id,
      before: existing,
      after: queuedRecord(existing, request, jobId, caller.accountId, now),
      actor: caller.accountId,
      at: now,
    });
  }
  // One batch: a subject that another raise (or a user) changed meanwhile is theirs; leave it out.
  const outcomes = await services.store.applyMany(changes);
  const trackedIds: string[] = [];
  outcomes.forEach((outcome, index) => {
    if (outcome.ok) trackedIds.push(changes[index]!.id);
    else if (outcome.failure.code !== 'conflict') throw outcome.failure;
  });
  if (trackedIds.length === 0) {
    throw conflict('Nothing to raise: every one already has a Jira issue or is being raised now');
  }
  const job: RaiseJobRecord = {
    requestedBy: caller.accountId,
    requestedAt: now.toISOString(),
    auditId,
    trackedIds,
    queueJobId: null,
  };
  const stored = await services.store.apply({
    entity: 'raiseJob',
    id: jobId,
    before: null,
    after: job,
    actor: caller.accountId,
    at: now,
  });
  const chunks: RaiseChunk[] = [];
  for (let i = 0; i < trackedIds.length; i += raiseChunkSize) {
    chunks.push({ jobId, trackedIds: trackedIds.slice(i, i + raiseChunkSize), retry: 0 });
  }
  let queueJobId: string | null = null;
  for (let i = 0; i < chunks.length; i += eventsPerPush) {
    const pushed = await services.raiseQueue.push(
      chunks.slice(i, i + eventsPerPush).map((chunk) => ({ body: { ...chunk }, concurrency: raiseConcurrency })),
    );
    queueJobId ??= pushed.jobId;
  }
  await services.store.apply({
    entity: 'raiseJob',
    id: jobId,
    before: stored,
    after: { ...job, queueJobId },
    actor: caller.accountId,
    at: now,
  });
  return { jobId };
}

function queuedRecord(
  existing: StoredRecord<TrackedIssueRecord> | null,
  request: RaiseRequest,
  jobId: string,
  actor: string,
  now: Date,
): TrackedIssueRecord {
  const base: TrackedIssueRecord =
    existing?.record ?? untrackedIssue(request.subject, request.subjectId, request.auditId, 'queued');
  const everSent = base.attempts > 0 || base.state === 'creating';
  const next: TrackedIssueRecord = {
    ...base,
    auditId: base.auditId ?? request.auditId,
    state: everSent && base.state !== 'unlinked' ? 'creating' : 'queued',
    issue: null,
    jobId,
    attempts: 0,
    lastError: null,
  };
  return withEvent(next, { action: 'queued', issueKey: null, at: now.toISOString(), by: actor, note: null });
}
