import { trackedIssueId } from '../../../src/domain/jira/trackedIssue';
import { forgeServices } from '../../../src/entry/forgeServices';
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

const MAPPED = 5000;
const CHANGED = 50;
const DELETED = 5;

/**
 * `reconcile-5000`: 5,000 mapped corrective-action issues; since the last hourly run 50 changed in
 * Jira (40 moved on, 9 reassigned, 1 due date hand-edited) and 5 were deleted, with every one of
 * those events lost, so only the reconciliation can repair them. Measures the run's Jira calls and
 * points against a naive sync on the same data (one `GET /issue` per mapped issue, made for real
 * through the app's adapter), and checks the outcome: every drifted issue repaired exactly once.
 */
export async function reconcileCase(): Promise<Record<string, number>> {
  const platform = syncPlatform();
  try {
    // The first issue's action has a plan, so its due date is the app's (and is set back).
    const issues = await seedMappedActions(platform, MAPPED, { actionRecords: 1 });
    await platform.tick();
    // The previous hourly run, for real: with no run before it, it fetches every mapped issue.
    platform.clock.advance(60 * 60_000);
    const scheduled = await platform.tick();
    if (!scheduled.scheduled.includes('jira-reconciliation-sweep'))
      throw new Error('bench: the hourly run did not fire');
    const store = await appStore();
    const firstRun = platform.snapshot().routes['POST /rest/api/3/issue/bulkfetch'] ?? 0;
    // An hour of Jira work since, every event of it lost.
    platform.clock.advance(60 * 60_000);
    platform.events.configure({ dropProbability: 1 });
    const changed = issues.slice(0, CHANGED);
    await editAsUser(platform, changed[0]!.key, { duedate: '2027-06-30' });
    for (const issue of changed.slice(1, 10))
      await editAsUser(platform, issue.key, { assignee: { accountId: jiraUser } });
    for (const issue of changed.slice(10)) await transitionAsUser(platform, issue.key, 'Implement');
    const deleted = issues.slice(CHANGED, CHANGED + DELETED);
    for (const issue of deleted) await deleteAsUser(platform, issue.key);

    platform.resetCounters();
    const started = process.hrtime.bigint();
    await runReconciliation(platform);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const run = platform.snapshot();

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

    // The naive sync on the same data: one GET per mapped issue, through the app's own adapter.
    platform.resetCounters();
    const jira = (await runAs(undefined, () => forgeServices())).jira.asApp();
    const baselineStarted = process.hrtime.bigint();
    for (const issue of issues) await runAs(undefined, () => jira.getIssue(issue.issueId));
    const baselineMs = Number(process.hrtime.bigint() - baselineStarted) / 1e6;
    const baseline = platform.snapshot();

    return {
      jiraCalls: run.calls.jira,
      baselineCalls: baseline.calls.jira,
      points: run.points.jira,
      baselinePoints: baseline.points.jira,
      ms: Math.round(ms),
      baselineMs: Math.round(baselineMs),
      // A drifted issue repaired twice, or an untouched one given a history line, is a duplicate.
      duplicates: repairLines - (CHANGED + DELETED - unrepaired) + (untouched === 1 ? 0 : 1),
      unrepaired,
      issuesCreated: run.routes['POST /rest/api/3/issue'] ?? 0,
      firstRunBulkFetches: firstRun,
    };
  } finally {
    await platform.close();
  }
}
