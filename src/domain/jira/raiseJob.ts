import { z } from 'zod';

/**
 * One request to raise Jira issues (one finding or all of an audit's). Progress is not counted
 * here: it is read from the tracked issues that carry this job's id (done, failed, remaining), so
 * chunks running in any order, twice or after a crash never race on a counter.
 */
export const RaiseJobRecord = z.object({
  requestedBy: z.string().min(1),
  requestedAt: z.string().min(1),
  auditId: z.string().nullable(),
  /** Tracked-issue ids (`trackedIssueId`) in the order they were asked for. */
  trackedIds: z.array(z.string().min(1)).min(1),
  /** The Forge queue's job id, for its own stats. */
  queueJobId: z.string().nullable(),
});
export type RaiseJobRecord = z.infer<typeof RaiseJobRecord>;

/** The queue carries at most this many subjects per event: one bulk create. */
export const raiseChunkSize = 50;
