import { z } from 'zod';
import { runExportChunk } from '../app/records/exportJobs';
import { runTrailVerificationChunk } from '../app/trail/verificationJob';
import { forgeServices } from './forgeServices';

/** What startFullVerification pushes (app/trail/verificationJob.ts `TrailVerificationChunk`). */
const TrailChunkEvent = z.object({
  body: z.object({ jobId: z.string().min(1).max(100), chunk: z.number().int().min(0) }),
});

/** What an export pushes (app/records/exportJobs.ts `ExportChunk`). */
const ExportChunkEvent = z.object({
  body: z.object({ exportJobId: z.string().min(1).max(100), chunk: z.number().int().min(0) }),
});

/**
 * Queue consumer of `trail-jobs`: one chunk of a full re-verification, or of an inspector's export
 * (trail or programme record), per event. Only the app can push to its queues, and an event acts
 * only on a job a resolver started after checking its caller (the job's state in KVS names who
 * asked); an event for no such job, or for a chunk already done, changes nothing. A malformed event
 * is logged and dropped; a crash is rethrown so the platform delivers the event again, and the
 * chunk starts over from the job's saved position.
 */
export async function handler(event: unknown): Promise<void> {
  const exportChunk = ExportChunkEvent.safeParse(event);
  if (exportChunk.success) {
    const services = await forgeServices();
    const outcome = await runExportChunk(services, exportChunk.data.body);
    console.info(
      `trail-jobs: export ${exportChunk.data.body.exportJobId} chunk ${exportChunk.data.body.chunk}: ${outcome}`,
    );
    return;
  }
  const parsed = TrailChunkEvent.safeParse(event);
  if (!parsed.success) {
    console.error('trail-jobs: dropped an event that is not a verification chunk', parsed.error.issues[0]);
    return;
  }
  const services = await forgeServices();
  const outcome = await runTrailVerificationChunk(services, parsed.data.body);
  console.info(`trail-jobs: job ${parsed.data.body.jobId} chunk ${parsed.data.body.chunk}: ${outcome}`);
}
