import { trackedIssueId } from '../../../src/domain/jira/trackedIssue';
import type { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import {
  appStore,
  deleteAsUser,
  editAsUser,
  jiraIssue,
  jiraUser,
  nextSecond,
  otherUser,
  policyDueDate,
  runReconciliation,
  seedMappedActions,
  syncPlatform,
  trackedOf,
  transitionAsUser,
  type MappedIssue,
} from './syncFixture';
import { fakeDateOnly } from '../../support/fakeDate';
import { forgeServices } from '../../../src/entry/forgeServices';
import { runAs } from '../../../sandbox/platform/invocation';

// Hundreds of issues through the emulated Jira and the real handlers: generous on a loaded machine.
jest.setTimeout(120_000);

// One platform for the file: the app's function instance migrates its SQL once, as on Forge.
let platform: SandboxPlatform;
let nextAction = 1;
const seed = async (count: number, options: { actionRecords?: number } = {}) => {
  const issues = await seedMappedActions(platform, count, { ...options, from: nextAction });
  nextAction += count;
  await platform.tick();
  return issues;
};
beforeAll(() => {
  // The app's clock decides when the daily full sweep is due; Jira's clock is the platform's own.
  fakeDateOnly();
  platform = syncPlatform();
});
afterAll(() => jest.useRealTimers());

/** A day on, for the app and for Jira: the next run sweeps every mapped issue. */
const aDayLater = () => {
  jest.setSystemTime(Date.now() + 24 * 3_600_000);
  platform.clock.advance(24 * 3_600_000);
};
afterEach(() => {
  platform.events.configure({ dropProbability: 0 });
  expect(platform.violations).toEqual([]);
});
afterAll(() => platform.close());

/** Jira calls of one reconciliation run, by route. */
async function reconcileCounted() {
  // No tick: an hour on, it would run the scheduled sweep first and this run would find nothing.
  platform.resetCounters();
  expect(await runReconciliation(platform)).toEqual({ statusCode: 204 });
  const { calls, routes } = platform.snapshot();
  return { jiraCalls: calls.jira, routes };
}

// Through the trail's own reader: an update's entry stores only its changes, and is read back whole.
const trailOf = async (issue: MappedIssue) =>
  (
    await (
      await runAs(undefined, () => forgeServices())
    ).trail.entries({
      entityType: 'trackedIssue',
      entityId: trackedIssueId('correctiveAction', issue.actionId),
      limit: 10_000,
    })
  ).map((entry) => ({ actor: entry.actor, history: (entry.after as { history: unknown[] }).history }));

describe('the hourly reconciliation with Jira', () => {
  it('repairs what lost events left behind: a hand-edited due date, a deleted issue, a status — each in the trail', async () => {
    const [edited, deleted, moved, untouched] = await seed(4);
    // First run: nothing to count from, so every mapped issue is fetched; all agree.
    await runReconciliation(platform);
    for (const issue of [edited, deleted, moved, untouched])
      expect((await trackedOf(issue!.actionId)).history).toHaveLength(1);

    platform.events.configure({ dropProbability: 1 });
    nextSecond(platform);
    await editAsUser(platform, edited!.key, { duedate: '2027-03-01' });
    await deleteAsUser(platform, deleted!.key);
    await transitionAsUser(platform, moved!.key, 'Implement');
    await editAsUser(platform, moved!.key, { assignee: { accountId: jiraUser } });
    await platform.tick();
    expect(platform.snapshot().events.dropped).toBeGreaterThanOrEqual(4);

    await runReconciliation(platform);
    // The hourly run asks only for issues updated since the last one: Jira's search never names a
    // deleted issue, so a deletion whose event was lost waits for the daily full sweep.
    expect((await trackedOf(deleted!.actionId)).jira?.deleted).toBe(false);
    expect((await (await appStore()).get('jiraSyncState', 'jira'))?.record.lastRepairs).toBe(2);
    aDayLater();
    await runReconciliation(platform);

    // The app's due date is the record: Jira is set back, the mirror and the history say so.
    expect((await jiraIssue(platform, edited!.key)).duedate).toBe(policyDueDate);
    const dueRepair = await trackedOf(edited!.actionId);
    expect(dueRepair.jira?.dueDate).toBe(policyDueDate);
    expect(dueRepair.history.at(-1)).toMatchObject({
      action: 'repaired',
      by: 'app:jira-reconciliation',
      note: `due date: 2027-03-01 → ${policyDueDate} (Jira's due date set back to the app's policy)`,
    });
    const gone = await trackedOf(deleted!.actionId);
    expect(gone).toMatchObject({ state: 'raised', jira: { deleted: true } });
    expect(gone.history.at(-1)).toMatchObject({ action: 'deleted', issueKey: deleted!.key });
    const moving = await trackedOf(moved!.actionId);
    expect(moving.jira).toMatchObject({ status: 'Implemented', statusCategory: 'indeterminate', assigneeId: jiraUser });
    expect(moving.history.at(-1)?.note).toBe(`status: Action planned → Implemented; assignee: none → ${jiraUser}`);
    expect((await trackedOf(untouched!.actionId)).history).toHaveLength(1);

    for (const issue of [edited, deleted, moved]) {
      const trail = await trailOf(issue!);
      expect(trail.at(-1)?.actor).toBe('app:jira-reconciliation');
      expect(trail.at(-1)?.history).toHaveLength(2);
    }
    const syncState = await (await appStore()).get('jiraSyncState', 'jira');
    expect(syncState?.record).toMatchObject({
      lastRepairs: 1,
      lastRunStartedAt: expect.any(String),
      lastFullSweepAt: syncState?.record.lastRunStartedAt,
    });

    // A second run finds nothing left to repair: no new history, no new trail entry.
    await runReconciliation(platform);
    for (const issue of [edited, deleted, moved]) expect((await trailOf(issue!)).length).toBe(2);
  });

  it('resets a hand-edited due date that an event already brought into the mirror', async () => {
    const [issue] = await seed(1);
    await runReconciliation(platform);
    nextSecond(platform);
    await editAsUser(platform, issue!.key, { duedate: '2027-04-30' }, otherUser);
    await platform.tick();
    expect((await trackedOf(issue!.actionId)).jira?.dueDate).toBe('2027-04-30');

    await runReconciliation(platform);
    expect((await jiraIssue(platform, issue!.key)).duedate).toBe(policyDueDate);
    expect(await trackedOf(issue!.actionId)).toMatchObject({
      jira: { dueDate: policyDueDate },
      history: [
        expect.anything(),
        { action: 'repaired', note: expect.stringContaining(`2027-04-30 → ${policyDueDate}`) },
      ],
    });
  });

  it('asks Jira twice an hour for 150 mapped issues when few changed: one ids-only search and one bulk fetch', async () => {
    const issues = await seed(150, { actionRecords: 0 });
    // An hour on in Jira: the raise is long past when the next hourly run looks for changes.
    platform.clock.advance(60 * 60_000);
    expect((await reconcileCounted()).routes).toEqual({ 'POST /rest/api/3/search/jql': 1 });

    platform.events.configure({ dropProbability: 1 });
    for (const issue of issues.slice(0, 3)) {
      nextSecond(platform);
      await transitionAsUser(platform, issue.key, 'Implement');
    }
    await deleteAsUser(platform, issues[3]!.key);
    const { jiraCalls, routes } = await reconcileCounted();
    expect(jiraCalls).toBe(2);
    expect(routes).toEqual({ 'POST /rest/api/3/issue/bulkfetch': 1, 'POST /rest/api/3/search/jql': 1 });
    for (const issue of issues.slice(0, 3)) expect((await trackedOf(issue.actionId)).jira?.status).toBe('Implemented');

    // An hour later with nothing changed: the one search only.
    platform.clock.advance(60 * 60_000);
    expect((await reconcileCounted()).routes).toEqual({ 'POST /rest/api/3/search/jql': 1 });

    // The daily sweep: every mapped id (one page) beside the changed ones, and a fetch of the one
    // the store holds but Jira no longer lists, which it notes as deleted.
    aDayLater();
    expect((await reconcileCounted()).routes).toEqual({
      'POST /rest/api/3/issue/bulkfetch': 1,
      'POST /rest/api/3/search/jql': 2,
    });
    expect((await trackedOf(issues[3]!.actionId)).jira?.deleted).toBe(true);
    // Deleted issues are not asked about again, and the next sweep is a day away.
    expect((await reconcileCounted()).routes).toEqual({ 'POST /rest/api/3/search/jql': 1 });
  });

  it('spends Jira points an hour in proportion to the issues changed, not the issues mapped', async () => {
    const issues = await seed(200, { actionRecords: 0 });
    platform.clock.advance(60 * 60_000);
    await reconcileCounted();
    const hourly = async (changes: number) => {
      platform.events.configure({ dropProbability: 1 });
      for (const issue of issues.slice(0, changes)) {
        nextSecond(platform);
        await editAsUser(platform, issue.key, { summary: `Changed at ${platform.clock.now().toISOString()}` });
      }
      platform.resetCounters();
      await runReconciliation(platform);
      return platform.snapshot().points.jira;
    };
    const fewChanged = await hourly(5);
    const moreChanged = await hourly(30);
    // A search costs 1 + the ids it returns, a bulk fetch 1 + the issues: about 2 points a change.
    expect(fewChanged).toBeLessThanOrEqual(2 + 2 * 5 + 2);
    expect(moreChanged).toBeLessThanOrEqual(2 + 2 * 30 + 2);
    expect(moreChanged).toBeGreaterThan(fewChanged);

    // The daily sweep is what costs in proportion to the issues mapped (here more than 350).
    aDayLater();
    platform.resetCounters();
    await runReconciliation(platform);
    expect(platform.snapshot().points.jira).toBeGreaterThan(350);
  }, 120_000);
});
