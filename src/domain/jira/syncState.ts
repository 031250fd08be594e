import { z } from 'zod';

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
});
export type JiraSyncState = z.infer<typeof JiraSyncState>;
