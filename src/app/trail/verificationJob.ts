import { noCheckpoint } from '../../domain/trail/checkpoint';
import { LiveRecordDigest, EMPTY_LIVE_RECORDS } from '../../domain/trail/liveRecords';
import {
  ENTRIES_PER_CHUNK,
  isUnderWay,
  progressOf,
  type TrailVerificationJob,
  type TrailVerificationProgress,
} from '../../domain/trail/verificationJob';
import { chainStart, TrailVerifier } from '../../domain/trail/verifyTrail';
import type { AppServices, Caller } from '../services';
import { recordsAgainstTrail } from './recordsAgainstTrail';
import { trailEntries } from './trailPages';
import { pinsOf } from './verifyFromCheckpoint';

/** What one queue event carries: the job and the chunk it asks for. */
export interface TrailVerificationChunk {
  jobId: string;
  chunk: number;
}

/**
 * Starts the full re-verification of the trail (every entry from 1 re-hashed, then every record
 * checked) as a background job, or answers with the one already under way. The job's state is
 * saved before its first event is pushed, so an event always finds its job.
 */
export async function startFullVerification(services: AppServices, caller: Caller): Promise<TrailVerificationProgress> {
  const now = services.clock.now();
  const running = await services.trailCheckpoints.latestJob();
  if (running && isUnderWay(running, now)) return progressOf(running);
  const job: TrailVerificationJob = {
    jobId: services.ids.newId('trailcheck'),
    requestedBy: caller.accountId,
    requestedAt: now.toISOString(),
    updatedAt: now.toISOString(),
    phase: 'chain',
    targetSeq: await services.trail.headSeq(),
    position: chainStart,
    liveRecords: EMPTY_LIVE_RECORDS,
    chunk: 0,
    verdict: null,
  };
  await services.trailCheckpoints.saveJob(job);
  await pushChunk(services, job);
  return progressOf(job);
}

/** The latest full re-verification, as far as it has got (null: none was ever started). */
export async function fullVerificationProgress(
  services: AppServices,
): Promise<{ job: TrailVerificationProgress | null }> {
  const job = await services.trailCheckpoints.latestJob();
  return { job: job ? progressOf(job) : null };
}

/**
 * One chunk of a job, run by the `trail-jobs` consumer: up to ENTRIES_PER_CHUNK entries re-hashed
 * from where the last chunk stopped, or — once the chain reached the head — the records checked and
 * the verdict kept. State is saved before the next event is pushed: an interruption leaves the job
 * at a chunk boundary, and a repeated event (at-least-once delivery) for a chunk already done is
 * ignored. Returns what it did, for the consumer's log.
 */
export async function runTrailVerificationChunk(
  services: AppServices,
  event: TrailVerificationChunk,
  entriesPerChunk = ENTRIES_PER_CHUNK,
): Promise<'ignored' | 'chain' | 'done'> {
  const job = await services.trailCheckpoints.job(event.jobId);
  if (!job || job.phase === 'done' || job.chunk !== event.chunk) return 'ignored';
  const anchor = await services.trail.anchoredHead();
  const verifier = new TrailVerifier(anchor, job.position, pinsOf(await services.trailCheckpoints.latest()));
  const live = new LiveRecordDigest(job.liveRecords);
  let walked = 0;
  let reachedHead = true;
  for await (const entry of trailEntries(services.trail, { asStored: true }, job.position.seq)) {
    if (!verifier.push(entry)) break;
    live.apply(entry);
    walked += 1;
    if (walked >= entriesPerChunk && job.phase === 'chain') {
      reachedHead = false;
      break;
    }
  }
  const now = services.clock.now().toISOString();
  const broken = verifier.firstBreak() !== null;
  const next: TrailVerificationJob = {
    ...job,
    position: verifier.position(),
    liveRecords: live.hex,
    chunk: job.chunk + 1,
    updatedAt: now,
    phase: broken || reachedHead ? 'records' : 'chain',
  };
  if (next.phase === 'chain' || job.phase === 'chain') {
    // The records are checked in an event of their own, so each event's work stays bounded.
    await services.trailCheckpoints.saveJob(next);
    await pushChunk(services, next);
    return 'chain';
  }
  await finish(services, next, verifier, broken);
  return 'done';
}

async function finish(
  services: AppServices,
  job: TrailVerificationJob,
  verifier: TrailVerifier,
  broken: boolean,
): Promise<void> {
  const storedHeadSeq = broken ? await services.trail.headSeq() : undefined;
  const records = await recordsAgainstTrail(services.trail, broken ? null : job.liveRecords);
  const verdict = verifier.verdict({ storedHeadSeq, records });
  await services.trailCheckpoints.saveJob({ ...job, phase: 'done', verdict });
  if (!verdict.intact || verdict.lastSeq === 0) return;
  await services.trail.anchorHead({ seq: verdict.lastSeq, hash: verdict.lastHash });
  await services.trailCheckpoints.record({
    ...noCheckpoint,
    seq: verdict.lastSeq,
    hash: verdict.lastHash,
    liveRecords: job.liveRecords,
    verifiedAt: job.updatedAt,
    fullyVerifiedAt: job.updatedAt,
  });
}

async function pushChunk(services: AppServices, job: TrailVerificationJob): Promise<void> {
  const body: TrailVerificationChunk = { jobId: job.jobId, chunk: job.chunk };
  await services.trailQueue.push([{ body: { ...body } }]);
}
