import { kvs } from '@forge/kvs';
import { Failure } from '../../domain/failure';
import { laterOf, TrailCheckpoint } from '../../domain/trail/checkpoint';
import { TrailVerificationJob } from '../../domain/trail/verificationJob';
import type { TrailCheckpoints } from '../../ports/trailCheckpoints';

const CHECKPOINT_KEY = 'trail-checkpoint';
const JOB_PREFIX = 'trail-verification:';
const LATEST_JOB_KEY = 'trail-verification-latest';

/** A kept value that no longer parses was changed outside the app: say so rather than trust it. */
function parsed<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  key: string,
  value: unknown,
): T | null {
  if (value === undefined || value === null) return null;
  const result = schema.safeParse(value);
  if (!result.success) throw new Failure('unavailable', `The trail verification state ${key} cannot be read`);
  return result.data;
}

/**
 * Checkpoints and verification jobs in Forge KVS, one small value each (far below KVS's 240 KiB).
 * A checkpoint is only replaced by one further along: racing verifications may finish in any order.
 */
export const kvsTrailCheckpoints: TrailCheckpoints = {
  async latest() {
    return parsed(TrailCheckpoint, CHECKPOINT_KEY, await kvs.get(CHECKPOINT_KEY));
  },
  async record(checkpoint) {
    await kvs.set(CHECKPOINT_KEY, laterOf(await this.latest(), checkpoint));
  },
  async job(jobId) {
    return parsed(TrailVerificationJob, JOB_PREFIX + jobId, await kvs.get(JOB_PREFIX + jobId));
  },
  async latestJob() {
    const jobId = await kvs.get<string>(LATEST_JOB_KEY);
    return typeof jobId === 'string' ? this.job(jobId) : null;
  },
  async saveJob(job) {
    await kvs.set(JOB_PREFIX + job.jobId, job);
    if (job.chunk === 0 && job.phase === 'chain') await kvs.set(LATEST_JOB_KEY, job.jobId);
  },
};
