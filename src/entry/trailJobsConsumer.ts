import { z } from 'zod';
import { runTrailVerificationChunk } from '../app/trail/verificationJob';
import { forgeServices } from './forgeServices';

/** What startFullVerification pushes (app/trail/verificationJob.ts `TrailVerificationChunk`). */
const TrailChunkEvent = z.object({
  body: z.object({ jobId: z.string().min(1).max(100), chunk: z.number().int().min(0) }),
});

/**
 * Queue consumer of `trail-jobs`: one chunk of a full re-verification per event. Only the app can
 * push to its queues, and an event acts only on a job a resolver started after checking its
 * caller (the job's state in KVS names who asked); an event for no such job, or for a chunk already
 * done, changes nothing. A malformed event is logged and dropped; a crash is rethrown so the
 * platform delivers the event again, and the chunk starts over from the job's saved position.
 */
export async function handler(event: unknown): Promise<void> {
  const parsed = TrailChunkEvent.safeParse(event);
  if (!parsed.success) {
    console.error('trail-jobs: dropped an event that is not a verification chunk', parsed.error.issues[0]);
    return;
  }
  const services = await forgeServices();
  const outcome = await runTrailVerificationChunk(services, parsed.data.body);
  console.info(`trail-jobs: job ${parsed.data.body.jobId} chunk ${parsed.data.body.chunk}: ${outcome}`);
}
