/**
 * The Forge queue concurrency every raise chunk is pushed with, retries included: one key for the
 * installation and a limit of 1, so chunks run one after another. Two audits raised at the same
 * moment then never send bulk creates side by side, which would race for the same Jira points and
 * for Forge SQL's per-installation statement rate; a retried chunk simply waits its turn.
 */
export const raiseConcurrency = { key: 'jira-raise', limit: 1 } as const;
