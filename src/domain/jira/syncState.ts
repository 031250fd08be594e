import { z } from 'zod';

/**
 * A full sweep under way: it walks the tracked records in id order, a bounded part a run, and the
 * next run goes on after `afterId` (null: from the first record). `startedAt` becomes
 * `lastFullSweepAt` once the last part is done.
 */
export const SweepCursor = z.object({
  kind: z.enum(['first', 'daily']),
  startedAt: z.string(),
  afterId: z.string().nullable(),
});
export type SweepCursor = z.infer<typeof SweepCursor>;

/** Where the reconciliation with Jira stands (one record, id `jira`). */
export const JiraSyncState = z.object({
  /** Jira's clock time the last complete run started at: the next one asks for issues updated since. */
  lastRunStartedAt: z.string().nullable(),
  lastRunFinishedAt: z.string().nullable(),
  lastRepairs: z.number().int().min(0),
  /**
   * When the last complete full sweep (every mapped issue's id) started; absent on records written
   * before the hourly runs looked only at changed issues, which then sweep in full once.
   */
  lastFullSweepAt: z.string().nullable().optional(),
  /** The full sweep a run left part-done (absent or null: none under way). */
  sweep: SweepCursor.nullable().optional(),
});
export type JiraSyncState = z.infer<typeof JiraSyncState>;
