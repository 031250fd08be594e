import { z } from 'zod';
import { raiseChunk } from '../app/jira/raiseChunk';
import { forgeServices } from './forgeServices';

/** What startRaiseJob pushes (app/jira/raiseJobs.ts `RaiseChunk`), as it arrives from the queue. */
const RaiseChunkEvent = z.object({
  body: z.object({
    jobId: z.string().min(1),
    trackedIds: z.array(z.string().min(1)).min(1).max(50),
    retry: z.number().int().min(0).default(0),
  }),
});

/**
 * Queue consumer of `raise-issues`: one chunk of at most 50 subjects per event, raised exactly once
 * (app/jira/raiseChunk.ts). A malformed event is logged and dropped (a retry cannot mend it); a
 * crash is rethrown so the platform delivers the event again, and the subjects it left in
 * `creating` are searched for before anything is created.
 */
export async function handler(event: unknown): Promise<void> {
  const parsed = RaiseChunkEvent.safeParse(event);
  if (!parsed.success) {
    console.error('raise-issues: dropped an event that is not a raise chunk', parsed.error.issues[0]);
    return;
  }
  const services = await forgeServices();
  const outcome = await raiseChunk(services, parsed.data.body);
  console.info(`raise-issues: job ${parsed.data.body.jobId}`, outcome);
}
