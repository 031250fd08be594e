import { laterOf, type TrailCheckpoint } from '../../src/domain/trail/checkpoint';
import type { TrailVerificationJob } from '../../src/domain/trail/verificationJob';
import type { TrailCheckpoints } from '../../src/ports/trailCheckpoints';

/** Checkpoints and verification jobs in memory, with the KVS adapter's rules. */
export class MemoryTrailCheckpoints implements TrailCheckpoints {
  checkpoint: TrailCheckpoint | null = null;
  readonly jobs = new Map<string, TrailVerificationJob>();
  private latestJobId: string | null = null;

  async latest(): Promise<TrailCheckpoint | null> {
    return this.checkpoint;
  }

  async record(checkpoint: TrailCheckpoint): Promise<void> {
    this.checkpoint = structuredClone(laterOf(this.checkpoint, checkpoint));
  }

  async job(jobId: string): Promise<TrailVerificationJob | null> {
    const job = this.jobs.get(jobId);
    return job ? structuredClone(job) : null;
  }

  async latestJob(): Promise<TrailVerificationJob | null> {
    return this.latestJobId ? this.job(this.latestJobId) : null;
  }

  async saveJob(job: TrailVerificationJob): Promise<void> {
    this.jobs.set(job.jobId, structuredClone(job));
    if (job.chunk === 0 && job.phase === 'chain') this.latestJobId = job.jobId;
  }
}
