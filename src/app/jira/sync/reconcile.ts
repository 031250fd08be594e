import {
  SWEEP_PART_RECORDS,
  reconciliationScope,
  sweepOfRun,
  updatedWindowMinutes,
  type ReconciliationScope,
} from '../../../domain/jira/reconciliationScope';
import type { JiraSyncState, SweepCursor } from '../../../domain/jira/syncState';
import type { AppServices } from '../../services';
import { allIds, counted, fetchAll } from './jiraReads';
import { mappedIssuesUpdatedJql, trackedByIssueId } from './mappedIssues';
import { policyDueDates } from './policyDueDates';
import { repairIssues, type IssueToRepair, type RepairTally } from './repairs';
import { sweepPart } from './sweepPart';
import { reconciliationActor } from './syncActors';

export { SAFETY_MARGIN_MINUTES } from '../../../domain/jira/reconciliationScope';

export interface ReconciliationSummary {
  /** What the run looked at (domain/jira/reconciliationScope.ts). */
  scope: ReconciliationScope;
  /** Tracked records this run's part of a full sweep looked at (null: no sweep under way). */
  mapped: number | null;
  /** Issues the mapped-issue search found in Jira (a daily sweep done in one part, else null). */
  inJira: number | null;
  /** The run worked on a full sweep (the first run's, or the daily one). */
  fullSweep: boolean;
  /** The full sweep's last part was done by this run (its start is now the last full sweep's). */
  sweepDone: boolean;
  /** Issues updated since the last run (by the `updated >=` search). */
  changed: number;
  /** Issues the store holds that the mapped-issue search no longer finds (in this run's part). */
  missing: number;
  fetched: number;
  /** Tracked records whose mirror was repaired (each with a history line and a trail entry). */
  repaired: number;
  deleted: number;
  dueDatesReset: number;
  /** Mapped issues the store does not know, among those changed and those a one-part daily sweep listed. */
  untracked: number;
  /** Issues whose repair Jira refused (the message is logged); the next run tries them again. */
  failed: number;
  jiraCalls: number;
}

/**
 * The hourly drift check, whose Jira points grow with the issues changed, not the issues mapped:
 * one ids-only search (5,000 ids a page) for mapped issues updated since the last run began (less
 * a safety margin for clock skew and index lag), their tracked records in one `IN (…)` read per
 * search page, and bulk fetches (100 a call) of only those — then repairs what differs (status,
 * assignee, due date) in one batch of writes, each repair a history line and a trail entry. A due
 * date hand-edited in Jira is set back: the app's policy is the record.
 *
 * Once a day a full sweep finds issues deleted while their event was lost; the first run's sweep
 * fetches every tracked issue. A sweep walks the tracked records in id order, SWEEP_PART_RECORDS a
 * run, and stores where it stopped in the sync state, so no run's work grows with the issues
 * mapped: at 15,000 tracked issues the sweep takes three hourly runs, each also doing its hourly
 * check. An interrupted run leaves the cursor where the last complete part put it: the next run
 * does that part again, and a repair already written finds no drift the second time.
 */
export async function reconcileWithJira(
  services: AppServices,
  options: { sweepPartRecords?: number } = {},
): Promise<ReconciliationSummary> {
  const startedAt = services.clock.now();
  const syncState = await services.store.get('jiraSyncState', 'jira');
  const state = syncState?.record ?? null;
  const lastStart = state?.lastRunStartedAt ?? null;
  const scope = reconciliationScope(state, startedAt);
  const sweep = sweepOfRun(state, startedAt);
  const { jira, calls } = counted(services.jira.asApp());

  // The hourly check: the first run has no window to search (its sweep fetches every issue).
  const changed = lastStart
    ? await allIds(jira, mappedIssuesUpdatedJql(updatedWindowMinutes(lastStart, startedAt)))
    : [];
  const byIssue = trackedByIssueId(await services.store.listBy('trackedIssue', 'issueId', changed));
  const changedTracked = [...new Set(changed)].filter((id) => byIssue.has(id));
  const foundChanged = await fetchAll(jira, changedTracked);
  const hourlyIssues: IssueToRepair[] = changedTracked.map((id) => ({
    id,
    inJira: foundChanged.get(id) ?? 'gone',
    records: byIssue.get(id)!,
  }));
  const hourly = await repairIssues(
    services,
    jira,
    hourlyIssues,
    await policyDueDates(
      services,
      hourlyIssues.flatMap((i) => i.records.map((r) => r.record)),
    ),
  );

  const part = sweep ? await sweepPart(services, jira, sweep, options.sweepPartRecords ?? SWEEP_PART_RECORDS) : null;
  const tally: RepairTally = {
    repaired: hourly.repaired + (part?.tally.repaired ?? 0),
    deleted: hourly.deleted + (part?.tally.deleted ?? 0),
    dueDatesReset: hourly.dueDatesReset + (part?.tally.dueDatesReset ?? 0),
    failed: hourly.failed + (part?.tally.failed ?? 0),
  };

  // A refused repair holds its work back: the window does not move on (the next run searches the
  // same changes again) and the sweep's cursor stays before the part that held it.
  const hourlyComplete = hourly.failed === 0;
  const partComplete = part !== null && part.tally.failed === 0;
  const nextSweep: SweepCursor | null = !sweep
    ? null
    : !partComplete
      ? (state?.sweep ?? { ...sweep })
      : part.nextAfterId === null
        ? null
        : { ...sweep, afterId: part.nextAfterId };
  const sweepDone = sweep !== null && partComplete && part.nextAfterId === null;
  const next: JiraSyncState = {
    lastRunStartedAt: hourlyComplete ? startedAt.toISOString() : lastStart,
    lastRunFinishedAt: services.clock.now().toISOString(),
    lastRepairs: tally.repaired + tally.deleted,
    lastFullSweepAt: sweepDone ? sweep.startedAt : (state?.lastFullSweepAt ?? null),
    sweep: nextSweep,
  };
  await services.store.apply({
    entity: 'jiraSyncState',
    id: 'jira',
    before: syncState,
    after: next,
    actor: reconciliationActor,
    at: services.clock.now(),
  });
  return {
    scope,
    mapped: part ? part.looked : null,
    inJira: part?.inJira ?? null,
    fullSweep: sweep !== null,
    sweepDone,
    changed: changed.length,
    missing: part?.missing ?? 0,
    fetched: foundChanged.size + (part?.fetched ?? 0),
    ...tally,
    untracked: new Set(changed.filter((id) => !byIssue.has(id))).size + (part?.untracked ?? 0),
    jiraCalls: calls(),
  };
}
