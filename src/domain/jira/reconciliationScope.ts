import type { JiraSyncState, SweepCursor } from './syncState';

/**
 * What one reconciliation run looks at:
 * - `changed`: only issues Jira says were updated since the last run began (hourly): its Jira points
 *   grow with the issues changed, not with the issues mapped;
 * - `daily`: also a part of the full sweep that finds issues deleted while their event was lost
 *   (its Jira points grow with the issues mapped, once a day);
 * - `first`: a part of the first sweep, which fetches every tracked issue (no run to count from).
 */
export type ReconciliationScope = 'first' | 'daily' | 'changed';

/** How often the full sweep runs. */
export const FULL_SWEEP_EVERY_HOURS = 24;

/**
 * Tracked records one run's part of a full sweep looks at. A part of the first sweep fetches and
 * repairs all of them (50 bulk fetches, a few multi-row writes), so at 15,000 tracked issues the
 * sweep takes three runs and each stays well inside the trigger's 900 s.
 */
export const SWEEP_PART_RECORDS = 5000;

/**
 * How far before the last run's start the "updated since" search reaches: it covers the clocks of
 * the function and of Jira disagreeing a little, and Jira's search index lagging a write.
 */
export const SAFETY_MARGIN_MINUTES = 10;

export function reconciliationScope(state: JiraSyncState | null, now: Date): ReconciliationScope {
  if (state?.sweep) return state.sweep.kind;
  if (!state?.lastRunStartedAt) return 'first';
  if (!state.lastFullSweepAt) return 'daily';
  // The margin keeps an hourly trigger that fires a little early from putting the sweep off a day.
  const due = Date.parse(state.lastFullSweepAt) + FULL_SWEEP_EVERY_HOURS * 3_600_000 - SAFETY_MARGIN_MINUTES * 60_000;
  return now.getTime() >= due ? 'daily' : 'changed';
}

/**
 * The full sweep this run works on: the one under way, or a new one when one is due (none: an
 * hourly run that only looks at changed issues).
 */
export function sweepOfRun(state: JiraSyncState | null, now: Date): SweepCursor | null {
  if (state?.sweep) return state.sweep;
  const scope = reconciliationScope(state, now);
  return scope === 'changed' ? null : { kind: scope, startedAt: now.toISOString(), afterId: null };
}

/** The "updated in the last N minutes" window that reaches back to the last run's start, less the margin. */
export function updatedWindowMinutes(lastRunStartedAt: string, now: Date): number {
  return Math.max(0, Math.ceil((now.getTime() - Date.parse(lastRunStartedAt)) / 60_000)) + SAFETY_MARGIN_MINUTES;
}
