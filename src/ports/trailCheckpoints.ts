import type { TrailCheckpoint } from '../domain/trail/checkpoint';
import type { TrailVerificationJob } from '../domain/trail/verificationJob';

/**
 * What verification keeps outside SQL (Forge KVS in production), beside the anchor: how far the
 * trail has been proven, and the state of full re-verification jobs between their chunks.
 */
export interface TrailCheckpoints {
  /** The latest checkpoint, or null when the trail was never verified. */
  latest(): Promise<TrailCheckpoint | null>;
  /** Keeps a checkpoint just proven, unless one further along is already kept. */
  record(checkpoint: TrailCheckpoint): Promise<void>;
  job(jobId: string): Promise<TrailVerificationJob | null>;
  /** The most recently started job, or null. */
  latestJob(): Promise<TrailVerificationJob | null>;
  /** Saves a job's state; a new job also becomes the latest. */
  saveJob(job: TrailVerificationJob): Promise<void>;
}
