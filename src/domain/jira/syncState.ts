import { z } from 'zod';

/** Where the reconciliation with Jira stands (one record, id `jira`). */
export const JiraSyncState = z.object({
  /** Jira's clock time the last complete run started at: the next one asks for issues updated since. */
  lastRunStartedAt: z.string().nullable(),
  lastRunFinishedAt: z.string().nullable(),
  lastRepairs: z.number().int().min(0),
});
export type JiraSyncState = z.infer<typeof JiraSyncState>;
