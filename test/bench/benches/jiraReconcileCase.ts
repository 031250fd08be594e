import { trackedIssueId } from '../../../src/domain/jira/trackedIssue';
import { forgeServices } from '../../../src/entry/forgeServices';
import { mappedIssuesUpdatedJql } from '../../../src/app/jira/sync/mappedIssues';
import { runAs } from '../../../sandbox/platform/invocation';
import {
  appStore,
  deleteAsUser,
  editAsUser,
  jiraUser,
  runReconciliation,
  seedMappedActions,
  syncPlatform,
  transitionAsUser,
} from '../../integration/jira/syncFixture';

export interface ReconcileShape {
  name: string;
  mapped: number;
  changed: number;
  deleted: number;
}

export const reconcileCases: ReconcileShape[] = [
  { name: 'reconcile-5000', mapped: 5000, changed: 50, deleted: 5 },
  // The large customer's tracked issues: the hourly points must not grow with them.
  { name: 'reconcile-15000', mapped: 15000, changed: 50, deleted: 0 },
];

/** Runs the reconciliation again while a full sweep is under way; how many more runs it took. */
async function finishSweep(platform: ReturnType<typeof syncPlatform>): Promise<number> {
  const store = await appStore();
  let runs = 0;
  while ((await store.get('jiraSyncState', 'jira'))?.record.sweep) {
    if (++runs > 100) throw new Error('bench: the full sweep never finished');
    await runReconciliation(platform);
  }
  return runs;
}

/**
 * `mapped` corrective-action issues; since the last hourly run `changed` changed in Jira (the first
 * a hand-edited due date, up to 9 reassigned, the rest moved on) and `deleted` were deleted, with
 * every one of those events lost, so only the reconciliation can repair them. Measures the hourly
 * run's Jira calls and points against what a tool that polls honestly pays on the same data (an
 * `updated >=` search, then one `GET /issue` per issue it names, made for real through the app's
 * adapter), then the daily full sweep that finds the deletions, and checks the outcome: every
 * drifted issue repaired exactly once.
 */
export async function reconcileCase(shape: ReconcileShape): Promise<Record<string, number>> {
  const platform = syncPlatform();
  try {
    // The first issue's action has a plan, so its due date is the app's (and is set back).
    const issues = await seedMappedActions(platform, shape.mapped, { actionRecords: 1 });
    await platform.tick();
    // The previous hourly run, for real: with no run before it, it fetches every mapped issue.
    platform.clock.advance(60 * 60_000);
    const scheduled = await platform.tick();
    if (!scheduled.scheduled.includes('jira-reconciliation-sweep'))
      throw new Error('bench: the hourly run did not fire');
    const store = await appStore();
    // At 15,000 the first sweep takes more than one run (5,000 tracked records a part): the hourly
    // runs finish it before the hour measured here.
    const firstSweepRuns = 1 + (await finishSweep(platform));
    const firstRun = platform.snapshot().routes['POST /rest/api/3/issue/bulkfetch'] ?? 0;
    // An hour of Jira work since, every event of it lost.
    platform.clock.advance(60 * 60_000);
    platform.events.configure({ dropProbability: 1 });
    const changed = issues.slice(0, shape.changed);
    await editAsUser(platform, changed[0]!.key, { duedate: '2027-06-30' });
    for (const issue of changed.slice(1, 10))
      await editAsUser(platform, issue.key, { assignee: { accountId: jiraUser } });
    for (const issue of changed.slice(10)) await transitionAsUser(platform, issue.key, 'Implement');
    const deleted = issues.slice(shape.changed, shape.changed + shape.deleted);
    for (const issue of deleted) await deleteAsUser(platform, issue.key);

    platform.resetCounters();
    const started = process.hrtime.bigint();
    await runReconciliation(platform);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const hourly = platform.snapshot();

    // The polling tool on the same data: the same `updated >=` search, then a GET per issue named.
    platform.resetCounters();
    const jira = (await runAs(undefined, () => forgeServices())).jira.asApp();
    const baselineStarted = process.hrtime.bigint();
    const named: string[] = [];
    let token: string | undefined;
    do {
      const page = await runAs(undefined, () => jira.searchIds(mappedIssuesUpdatedJql(70), token));
      named.push(...page.ids);
      token = page.nextPageToken ?? undefined;
    } while (token);
    for (const id of named) await runAs(undefined, () => jira.getIssue(id));
    const baselineMs = Number(process.hrtime.bigint() - baselineStarted) / 1e6;
    const baseline = platform.snapshot();

    // The daily full sweep, a day on: it finds the deletions whose events were lost.
    platform.resetCounters();
    await runAs(undefined, async () => {
      const services = await forgeServices();
      const state = await services.store.get('jiraSyncState', 'jira');
      if (!state) throw new Error('bench: no reconciliation state after the hourly run');
      // A day since the last sweep, as the app's clock will see it tomorrow.
      const dayAgo = new Date(Date.parse(state.record.lastFullSweepAt ?? state.record.lastRunStartedAt!) - 86_400_000);
      await services.store.apply({
        entity: 'jiraSyncState',
        id: 'jira',
        before: state,
        after: { ...state.record, lastFullSweepAt: dayAgo.toISOString() },
        actor: 'app:bench',
        at: new Date(),
      });
    });
    await runReconciliation(platform);
    const dailySweepRuns = 1 + (await finishSweep(platform));
    const daily = platform.snapshot();

    // What each drifted issue's record got: exactly one repair or deletion line, none elsewhere.
    let repairLines = 0;
    let unrepaired = 0;
    for (const issue of [...changed, ...deleted]) {
      const tracked = (await store.get('trackedIssue', trackedIssueId('correctiveAction', issue.actionId)))!.record;
      const lines = tracked.history.filter((h) => h.action === 'repaired' || h.action === 'deleted').length;
      repairLines += lines;
      if (lines === 0) unrepaired += 1;
    }
    const untouched = (await store.get('trackedIssue', trackedIssueId('correctiveAction', issues.at(-1)!.actionId)))!
      .record.history.length;

    return {
      jiraCalls: hourly.calls.jira,
      baselineCalls: baseline.calls.jira,
      points: hourly.points.jira,
      baselinePoints: baseline.points.jira,
      pointsPerChange: Math.round((hourly.points.jira / shape.changed) * 100) / 100,
      hourlySqlStatements: hourly.sqlStatements ?? 0,
      ms: Math.round(ms),
      baselineMs: Math.round(baselineMs),
      dailySweepCalls: daily.calls.jira,
      dailySweepPoints: daily.points.jira,
      dailySweepRuns,
      firstSweepRuns,
      // A drifted issue repaired twice, or an untouched one given a history line, is a duplicate.
      duplicates: repairLines - (shape.changed + shape.deleted - unrepaired) + (untouched === 1 ? 0 : 1),
      unrepaired,
      issuesCreated: hourly.routes['POST /rest/api/3/issue'] ?? 0,
      firstRunBulkFetches: firstRun,
    };
  } finally {
    await platform.close();
  }
}
