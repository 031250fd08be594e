import type { JiraSyncState } from './syncState';

/**
 * What one reconciliation run looks at:
 * - `changed`: only issues Jira says were updated since the last run began (hourly): its Jira points
 *   grow with the issues changed, not with the issues mapped;
 * - `daily`: also every mapped issue's id, to find issues deleted while their event was lost and
 *   issues the store does not know (once a day: its points grow with the issues mapped);
 * - `first`: no run to count from, so every mapped issue is fetched.
 */
export type ReconciliationScope = 'first' | 'daily' | 'changed';

/** How often the full sweep runs. */
export const FULL_SWEEP_EVERY_HOURS = 24;

/**
 * How far before the last run's start the "updated since" search reaches: it covers the clocks of
 * the function and of Jira disagreeing a little, and Jira's search index lagging a write.
 */
export const SAFETY_MARGIN_MINUTES = 10;

export function reconciliationScope(state: JiraSyncState | null, now: Date): ReconciliationScope {
  if (!state?.lastRunStartedAt) return 'first';
  if (!state.lastFullSweepAt) return 'daily';
  // The margin keeps an hourly trigger that fires a little early from putting the sweep off a day.
  const due = Date.parse(state.lastFullSweepAt) + FULL_SWEEP_EVERY_HOURS * 3_600_000 - SAFETY_MARGIN_MINUTES * 60_000;
  return now.getTime() >= due ? 'daily' : 'changed';
}

/** The "updated in the last N minutes" window that reaches back to the last run's start, less the margin. */
export function updatedWindowMinutes(lastRunStartedAt: string, now: Date): number {
  return Math.max(0, Math.ceil((now.getTime() - Date.parse(lastRunStartedAt)) / 60_000)) + SAFETY_MARGIN_MINUTES;
}
