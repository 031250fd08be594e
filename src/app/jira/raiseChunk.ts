import { Failure, ProductUnavailable } from '../../domain/failure';
import { jqlIn } from '../../domain/jira/jqlText';
import { raiseConcurrency } from '../../domain/jira/raiseConcurrency';
import { maxRaiseAttempts, retryDelaySeconds } from '../../domain/jira/raiseRetry';
import {
  splitTrackedIssueId,
  trackedIssueId,
  type TrackedIssueRecord,
  type TrackedIssueEvent,
} from '../../domain/jira/trackedIssue';
import { withEvent } from '../../domain/jira/trackedIssueHistory';
import type { JiraIssues, JiraIssueSnapshot, NewJiraIssue } from '../../ports/jira';
import type { StoredRecord } from '../../ports/recordStore';
import { assignPlanOwner } from './actionAssignee';
import { alignActionIssue } from './actionIssueStatus';
import type { AppServices } from '../services';
import { issueForTracked, RaiseContext } from './issueContent';
import { startFindingIssue } from './findingIssueProgress';
import { mirrorsOfCreated } from './raisedMirrors';
import type { RaiseChunk } from './raiseJobs';
import { writeTrackedMany } from './trackedWrites';

type Tracked = StoredRecord<TrackedIssueRecord>;

/** A subject still waiting on this chunk's job: the others were raised, failed or re-queued by another job. */
const waitingOn = (stored: Tracked | null, chunk: RaiseChunk): stored is Tracked =>
  stored !== null &&
  (stored.record.state === 'queued' || stored.record.state === 'creating') &&
  stored.record.jobId === chunk.jobId;

/** The consumer acts as the app; the trail names it so. */
const appActor = 'app:raise-issues';

/** What one delivery of a chunk did (the entry layer logs it; tests read it). */
export interface RaiseChunkOutcome {
  raised: number;
  adopted: number;
  failed: number;
  /** Left to another delivery (its record changed under this one). */
  skipped: number;
  /** Pushed again after a 429 or 5xx, with this delay. */
  retryInSeconds: number | null;
}

/**
 * One queue delivery of a raise chunk: exactly one issue per subject, whatever happens around it.
 *
 * 1. Subjects that have an issue, or now belong to another job, are left alone.
 * 2. Those in `creating` (an earlier attempt's outcome is unknown) are looked for first, by the
 *    indexed property (`auditFindingId` / `correctiveActionId` / `reviewDecisionId`); an issue
 *    found is adopted.
 * 3. The rest are marked `creating` with an optimistic version check — a conflict means another
 *    delivery has them — and sent in ONE bulk create. Keys are recorded; Jira's per-item refusals
 *    mark those subjects failed with its message while the others proceed.
 * 4. A 429 or 5xx does not sleep: the chunk is pushed again with a delay (Retry-After or capped
 *    exponential back-off), and after 8 attempts a subject is marked failed with the last message.
 * A crash anywhere leaves the subjects in `creating`, so the redelivery searches before creating.
 */
export async function raiseChunk(services: AppServices, chunk: RaiseChunk): Promise<RaiseChunkOutcome> {
  const outcome: RaiseChunkOutcome = { raised: 0, adopted: 0, failed: 0, skipped: 0, retryInSeconds: null };
  const mine = await waitingIn(services, chunk);
  if (mine.length === 0) return outcome;

  let context: RaiseContext;
  try {
    context = await RaiseContext.load(services);
  } catch (error) {
    if (!(error instanceof Failure) || error instanceof ProductUnavailable) throw error;
    await markFailed(
      services,
      mine.map((tracked) => ({ tracked, message: error.message })),
      outcome,
    );
    return outcome;
  }
  const jira = services.jira.asApp();
  try {
    const toCreate = await adoptFound(services, jira, context, mine, outcome);
    const claimed = await claim(services, toCreate, outcome);
    await create(services, jira, context, claimed, outcome);
  } catch (error) {
    if (!(error instanceof ProductUnavailable)) throw error;
    await retryLater(services, chunk, error, outcome);
  }
  return outcome;
}

/** The project the app raises a subject's issues in: findings in the NC project, the rest in the CA project. */
/** The chunk's subjects still waiting on it, in one read. */
async function waitingIn(services: AppServices, chunk: RaiseChunk): Promise<Tracked[]> {
  const stored = await services.store.getMany('trackedIssue', chunk.trackedIds);
  return chunk.trackedIds.map((id) => stored.get(id) ?? null).filter((t) => waitingOn(t, chunk));
}

const projectFor = (context: RaiseContext, subject: TrackedIssueRecord['subject']) =>
  subject === 'finding' ? context.settings.nonconformities.projectKey : context.settings.correctiveActions.projectKey;

/**
 * Step 2: issues an earlier, uncertain attempt may have made are adopted, not made again.
 *
 * Only an issue the app could have made is adopted: its property names the subject AND it is in
 * the configured project the app raises that subject in. The property alone proves nothing —
 * anyone who may edit an issue anywhere can set it — and adopting such an issue would tie the
 * record to an issue in a project its people may not even see. (Jira's `creator` would say who
 * made it, but it is not among the fields the app reads or searches; the project is, and the
 * search and the check below both hold to it.)
 */
async function adoptFound(
  services: AppServices,
  jira: JiraIssues,
  context: RaiseContext,
  mine: Tracked[],
  outcome: RaiseChunkOutcome,
): Promise<Tracked[]> {
  const uncertain = mine.filter((tracked) => tracked.record.state === 'creating');
  if (uncertain.length === 0) return mine;
  const findingIds = uncertain.filter((t) => t.record.subject === 'finding').map((t) => t.record.subjectId);
  const actionIds = uncertain.filter((t) => t.record.subject === 'correctiveAction').map((t) => t.record.subjectId);
  const decisionIds = uncertain.filter((t) => t.record.subject === 'reviewDecision').map((t) => t.record.subjectId);
  const ncProject = jqlIn('project', [projectFor(context, 'finding')]);
  const caProject = jqlIn('project', [projectFor(context, 'correctiveAction')]);
  const clauses = [
    ...(findingIds.length > 0 ? [`(${ncProject} AND ${jqlIn('auditFindingId', findingIds)})`] : []),
    ...(actionIds.length > 0 ? [`(${caProject} AND ${jqlIn('correctiveActionId', actionIds)})`] : []),
    ...(decisionIds.length > 0 ? [`(${caProject} AND ${jqlIn('reviewDecisionId', decisionIds)})`] : []),
  ];
  const found = new Map<string, JiraIssueSnapshot[]>();
  let token: string | undefined;
  do {
    const page = await jira.searchIssues(`${clauses.join(' OR ')} ORDER BY created ASC`, token);
    for (const issue of page.issues) {
      const subjectId = issue.audit?.reviewDecisionId
        ? trackedIssueId('reviewDecision', issue.audit.reviewDecisionId)
        : issue.audit?.correctiveActionId
          ? trackedIssueId('correctiveAction', issue.audit.correctiveActionId)
          : issue.audit?.findingId
            ? trackedIssueId('finding', issue.audit.findingId)
            : null;
      const inItsProject =
        subjectId !== null && issue.projectKey === projectFor(context, splitTrackedIssueId(subjectId)[0]);
      if (subjectId && inItsProject) found.set(subjectId, [...(found.get(subjectId) ?? []), issue]);
    }
    token = page.nextPageToken ?? undefined;
  } while (token);

  const rest: Tracked[] = [];
  const adopting: Parameters<typeof writeTrackedMany>[1][number][] = [];
  for (const tracked of mine) {
    const issues = found.get(tracked.id);
    if (!issues || issues.length === 0) {
      rest.push(tracked);
      continue;
    }
    // The oldest is the one; more than one would be a duplicate made before this record existed.
    const [issue, ...others] = [...issues].sort((a, b) => Number(a.id) - Number(b.id));
    const note = [issue!.browseUrl, others.length > 0 ? `also found ${others.map((o) => o.key).join(', ')}` : null]
      .filter(Boolean)
      .join('; ');
    adopting.push({
      tracked,
      change: (record) =>
        withEvent(
          { ...record, state: 'raised', issue: { id: issue!.id, key: issue!.key }, lastError: null, jira: null },
          event('adopted', issue!.key, services, note || null),
        ),
    });
  }
  for (const adopted of await writeTrackedMany(services, adopting, appActor)) {
    if (adopted) outcome.adopted += 1;
    else outcome.skipped += 1;
  }
  return rest;
}

/** Step 3a: this delivery takes the subjects, counting the attempt; a version conflict means another has. */
async function claim(services: AppServices, toCreate: Tracked[], outcome: RaiseChunkOutcome): Promise<Tracked[]> {
  const claimed: Tracked[] = [];
  const taken = await writeTrackedMany(
    services,
    toCreate.map((tracked) => ({
      tracked,
      change: (record) => ({ ...record, state: 'creating', attempts: record.attempts + 1 }),
    })),
    appActor,
  );
  for (const written of taken) {
    if (written) claimed.push(written);
    else outcome.skipped += 1;
  }
  return claimed;
}

/** Step 3b: one bulk create, then the keys (or Jira's refusals) recorded per subject. */
async function create(
  services: AppServices,
  jira: JiraIssues,
  context: RaiseContext,
  claimed: Tracked[],
  outcome: RaiseChunkOutcome,
): Promise<void> {
  const sending: Array<{ tracked: Tracked; issue: NewJiraIssue }> = [];
  const unfit: Array<{ tracked: Tracked; message: string }> = [];
  await context.readFindings(claimed.filter((t) => t.record.subject === 'finding').map((t) => t.record.subjectId));
  for (const tracked of claimed) {
    try {
      sending.push({ tracked, issue: await issueForTracked(services, context, tracked.record) });
    } catch (error) {
      if (!(error instanceof Failure) || error instanceof ProductUnavailable) throw error;
      unfit.push({ tracked, message: error.message });
    }
  }
  await markFailed(services, unfit, outcome);
  if (sending.length === 0) return;
  let result;
  try {
    result = await jira.createIssues(sending.map((item) => item.issue));
  } catch (error) {
    if (error instanceof ProductUnavailable) {
      // Not sent, or sent and its answer lost: the subjects stay `creating` and the next attempt
      // searches first. Only the ones out of attempts are given up (with this last message).
      const outOfAttempts = sending.filter((item) => item.tracked.record.attempts >= maxRaiseAttempts);
      await markFailed(
        services,
        outOfAttempts.map((item) => ({ tracked: item.tracked, message: giveUpMessage(error) })),
        outcome,
      );
      throw error;
    }
    if (!(error instanceof Failure)) throw error;
    await markFailed(
      services,
      sending.map((item) => ({ tracked: item.tracked, message: error.message })),
      outcome,
    );
    return;
  }
  const raisedActions: Array<{ tracked: Tracked; key: string }> = [];
  const created = result.created.filter((c) => sending[c.index] !== undefined);
  const seen = await mirrorsOfCreated(
    jira,
    created.map((c) => c.key),
  );
  const recorded = await writeTrackedMany(
    services,
    created.map((c) => ({
      tracked: sending[c.index]!.tracked,
      change: (record: TrackedIssueRecord) =>
        withEvent(
          {
            ...record,
            state: 'raised',
            issue: { id: c.id, key: c.key },
            lastError: null,
            jira: seen.get(c.key) ?? null,
          },
          event('raised', c.key, services, c.browseUrl ?? null),
        ),
    })),
    appActor,
  );
  for (const [i, written] of recorded.entries()) {
    const item = sending[created[i]!.index]!;
    if (!written) {
      console.warn(`raise: ${item.tracked.id} changed while ${created[i]!.key} was created; the next run adopts it`);
      continue;
    }
    outcome.raised += 1;
    if (item.tracked.record.subject === 'correctiveAction')
      raisedActions.push({ tracked: written, key: created[i]!.key });
  }
  await markFailed(
    services,
    result.failed.flatMap((refused) => {
      const item = sending[refused.index];
      return item ? [{ tracked: item.tracked, message: `Jira refused it: ${refused.message}` }] : [];
    }),
    outcome,
  );
  for (const action of raisedActions) await connectAction(services, jira, action.tracked, action.key);
}

/**
 * After a corrective action's issue exists: link it to each of its findings' issues (NC relates
 * to CA), move those NC issues to in progress, make the plan's owner the assignee and move it to
 * the status its state maps to. None may undo the raise: failures are logged (the issue panel and
 * the reconciliation show and repair what is missing).
 */
async function connectAction(services: AppServices, jira: JiraIssues, tracked: Tracked, actionKey: string) {
  const action = await services.store.get('correctiveAction', tracked.record.subjectId);
  for (const findingId of action?.record.findingIds ?? []) {
    const finding = await services.store.get('trackedIssue', trackedIssueId('finding', findingId));
    const findingKey = finding?.record.issue?.key;
    if (!findingKey) continue;
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      try {
        await jira.linkIssues('Relates', findingKey, actionKey);
        break;
      } catch (error) {
        if (!(error instanceof ProductUnavailable) || attempt === 3) {
          console.warn(`raise: could not link ${findingKey} to ${actionKey}: ${String(error)}`);
          break;
        }
      }
    }
    // The NC is being worked on now: its issue leaves "to do" (best effort, never thrown).
    await startFindingIssue(services, findingId);
  }
  await assignPlanOwner(services, tracked.record.subjectId);
  try {
    await alignActionIssue(services, tracked.record.subjectId);
  } catch (error) {
    console.warn(`raise: could not move ${actionKey} to its status: ${String(error)}`);
  }
}

/** Step 4: the chunk again, later; a subject out of attempts is failed with the last message. */
async function retryLater(
  services: AppServices,
  chunk: RaiseChunk,
  error: ProductUnavailable,
  outcome: RaiseChunkOutcome,
): Promise<void> {
  const retry = chunk.retry + 1;
  if (retry >= maxRaiseAttempts * 2) {
    // Failures before any create was sent (the search) count here, so no chunk circles for ever.
    const waiting = await waitingIn(services, chunk);
    await markFailed(
      services,
      waiting.map((tracked) => ({ tracked, message: giveUpMessage(error) })),
      outcome,
    );
    return;
  }
  const delayInSeconds = retryDelaySeconds(retry, error.retryAfterSeconds);
  await services.raiseQueue.push([{ body: { ...chunk, retry }, delayInSeconds, concurrency: raiseConcurrency }]);
  outcome.retryInSeconds = delayInSeconds;
}

const giveUpMessage = (error: Failure) =>
  `Gave up after ${maxRaiseAttempts} attempts; Jira last said: ${error.message}`;

/** Marks subjects failed with their messages, in one batch; one changed meanwhile is left to whoever did. */
async function markFailed(
  services: AppServices,
  failing: Array<{ tracked: Tracked; message: string }>,
  outcome: RaiseChunkOutcome,
) {
  const written = await writeTrackedMany(
    services,
    failing.map(({ tracked, message }) => ({
      tracked,
      change: (record: TrackedIssueRecord) =>
        withEvent(
          { ...record, state: 'failed', lastError: message.slice(0, 2000) },
          event('failed', null, services, message.slice(0, 2000)),
        ),
    })),
    appActor,
  );
  for (const done of written) {
    if (done) outcome.failed += 1;
    else outcome.skipped += 1;
  }
}

const event = (
  action: TrackedIssueEvent['action'],
  issueKey: string | null,
  services: AppServices,
  note: string | null,
): TrackedIssueEvent => ({ action, issueKey, at: services.clock.now().toISOString(), by: appActor, note });
