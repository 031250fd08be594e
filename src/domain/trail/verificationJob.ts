import { z } from 'zod';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** Entries one queue event re-hashes: well inside a consumer's 900 s (see docs/benchmarks.md, `trail`). */
export const ENTRIES_PER_CHUNK = 200_000;

/** A running job not heard from for this long stalled (its next event was lost): a new one may start. */
export const STALLED_AFTER_MS = 20 * 60 * 1000;

const TrailBreakShape = z.object({
  seq: z.number().int(),
  kind: z.enum(['gap', 'chain', 'tampered', 'cut', 'rewritten', 'record']),
  message: z.string(),
  record: z.object({ entityType: z.string(), entityId: z.string(), entityVersion: z.number().int() }).optional(),
});

/** The verdict as the job keeps it (the shape of domain/trail/verifyTrail.ts `TrailVerdict`). */
const KeptVerdict = z.union([
  z.object({ intact: z.literal(true), entries: z.number().int(), lastSeq: z.number().int(), lastHash: z.string() }),
  z.object({
    intact: z.literal(false),
    entries: z.number().int(),
    firstBreak: TrailBreakShape,
    breaks: z.array(TrailBreakShape),
  }),
]);

/**
 * The full re-verification of the trail as a background job: every entry from 1 re-hashed, a chunk
 * per queue event, then every stored record checked against the trail. Kept outside SQL (Forge
 * KVS) like the anchor, so the half-walked chain's hash cannot be changed between chunks by whoever
 * can change the database. `chunk` numbers the next event expected: a redelivered event for a chunk
 * already done is recognised and ignored (queues deliver at least once).
 */
export const TrailVerificationJob = z.object({
  jobId: z.string().min(1),
  requestedBy: z.string().min(1),
  requestedAt: z.string(),
  updatedAt: z.string(),
  phase: z.enum(['chain', 'records', 'done']),
  /** The trail's head when the job started: the measure of progress (later entries are walked too). */
  targetSeq: z.number().int().min(0),
  /** The last entry proven so far and its hash: the next chunk resumes after it. */
  position: z.object({ seq: z.number().int().min(0), hash: hex64 }),
  /** The records live after `position` (see domain/trail/liveRecords.ts). */
  liveRecords: hex64,
  chunk: z.number().int().min(0),
  verdict: KeptVerdict.nullable(),
});
export type TrailVerificationJob = z.infer<typeof TrailVerificationJob>;

/** What the trail page shows of a job. */
export interface TrailVerificationProgress {
  jobId: string;
  phase: TrailVerificationJob['phase'];
  requestedBy: string;
  requestedAt: string;
  updatedAt: string;
  /** Entries re-hashed so far, and of how many (the head when the job started). */
  checked: number;
  of: number;
  /** Whole percent, 100 only when done. */
  percent: number;
  chunks: number;
  verdict: TrailVerificationJob['verdict'];
}

export function progressOf(job: TrailVerificationJob): TrailVerificationProgress {
  const of = Math.max(job.targetSeq, job.position.seq);
  const walked = of === 0 ? 1 : job.position.seq / of;
  const percent = job.phase === 'done' ? 100 : Math.min(99, Math.floor(walked * 100));
  return {
    jobId: job.jobId,
    phase: job.phase,
    requestedBy: job.requestedBy,
    requestedAt: job.requestedAt,
    updatedAt: job.updatedAt,
    checked: job.position.seq,
    of,
    percent,
    chunks: job.chunk,
    verdict: job.verdict,
  };
}

/** Whether a job still counts as running at `now` (a stalled one does not stop a new start). */
export function isUnderWay(job: TrailVerificationJob, now: Date): boolean {
  return job.phase !== 'done' && now.getTime() - Date.parse(job.updatedAt) < STALLED_AFTER_MS;
}
