import { reconcileWithJira } from '../../../src/app/jira/sync/reconcile';
import type { AppServices } from '../../../src/app/services';
import { trackedIssueId } from '../../../src/domain/jira/trackedIssue';
import { forgeServices } from '../../../src/entry/forgeServices';
import type { RecordStore } from '../../../src/ports/recordStore';
import { runAs } from '../../../sandbox/platform/invocation';
import type { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import {
  appStore,
  deleteAsUser,
  nextSecond,
  seedMappedActions,
  syncPlatform,
  trackedOf,
  transitionAsUser,
} from './syncFixture';

// Dozens of issues through the emulated Jira and the real store: generous on a loaded machine.
jest.setTimeout(120_000);

let platform: SandboxPlatform;
beforeEach(() => {
  platform = syncPlatform();
});
afterEach(() => platform.close());

/** The store's calls by method and entity, as the reconciliation made them. */
function countedStore(store: RecordStore, calls: string[]): RecordStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(`${String(property)} ${String(args[0] instanceof Array ? args[0][0]?.entity : args[0])}`);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

async function reconcile(options: { sweepPartRecords?: number } = {}, calls?: string[]) {
  return runAs(undefined, async () => {
    const services: AppServices = await forgeServices();
    const store = calls ? countedStore(services.store, calls) : services.store;
    return reconcileWithJira({ ...services, store } as AppServices, options);
  });
}

const repairLines = async (actionId: string) =>
  (await trackedOf(actionId)).history.filter((h) => h.action === 'repaired').length;

const syncState = async () => (await (await appStore()).get('jiraSyncState', 'jira'))?.record;

describe('the reconciliation at the large customer', () => {
  it('sweeps in bounded parts that go on where the last run stopped, each drifted record repaired once', async () => {
    const issues = await seedMappedActions(platform, 12);
    // Every issue moved on while its event was lost, long before the runs below look for changes.
    platform.events.configure({ dropProbability: 1 });
    for (const issue of issues) {
      nextSecond(platform);
      await transitionAsUser(platform, issue.key, 'Implement');
    }
    platform.events.configure({ dropProbability: 0 });
    platform.clock.advance(2 * 3_600_000);

    // The records in the order the sweep walks them (by id), five a part.
    const inOrder = issues
      .map((issue) => ({ issue, id: trackedIssueId('correctiveAction', issue.actionId) }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));

    const first = await reconcile({ sweepPartRecords: 5 });
    expect(first).toMatchObject({ scope: 'first', fullSweep: true, sweepDone: false, mapped: 5, repaired: 5 });
    expect(await syncState()).toMatchObject({
      lastFullSweepAt: null,
      sweep: { kind: 'first', afterId: inOrder[4]!.id },
    });
    for (const [i, { issue }] of inOrder.entries()) expect(await repairLines(issue.actionId)).toBe(i < 5 ? 1 : 0);

    const second = await reconcile({ sweepPartRecords: 5 });
    expect(second).toMatchObject({ scope: 'first', sweepDone: false, mapped: 5, repaired: 5, changed: 0 });
    expect((await syncState())?.sweep?.afterId).toBe(inOrder[9]!.id);

    const third = await reconcile({ sweepPartRecords: 5 });
    expect(third).toMatchObject({ scope: 'first', sweepDone: true, mapped: 2, repaired: 2 });
    const done = await syncState();
    expect(done?.sweep).toBeNull();
    // The sweep counts from when its first part began: changes after that are the hourly runs' work.
    expect(done?.lastFullSweepAt).toBeTruthy();
    expect(Date.parse(done!.lastFullSweepAt!)).toBeLessThan(Date.parse(done!.lastRunStartedAt!));
    for (const { issue } of inOrder) {
      expect(await repairLines(issue.actionId)).toBe(1);
      expect((await trackedOf(issue.actionId)).jira?.status).toBe('Implemented');
    }

    // The next run is an hourly one again: the sweep is a day away.
    expect(await reconcile({ sweepPartRecords: 5 })).toMatchObject({
      scope: 'changed',
      fullSweep: false,
      mapped: null,
    });

    // A day on, the daily sweep (in parts, each fetching its own issues) finds an issue deleted
    // while its event was lost, in its last part.
    const last = inOrder.at(-1)!.issue;
    platform.events.configure({ dropProbability: 1 });
    await deleteAsUser(platform, last.key);
    platform.events.configure({ dropProbability: 0 });
    const store = await appStore();
    const state = (await store.get('jiraSyncState', 'jira'))!;
    const dayAgo = new Date(Date.parse(state.record.lastFullSweepAt!) - 86_400_000).toISOString();
    await store.apply({
      entity: 'jiraSyncState',
      id: 'jira',
      before: state,
      after: { ...state.record, lastFullSweepAt: dayAgo },
      actor: 'app:test',
      at: new Date(),
    });
    const daily = [];
    for (let run = 0; run < 3; run += 1) daily.push(await reconcile({ sweepPartRecords: 5 }));
    expect(daily.map((d) => [d.scope, d.mapped, d.missing, d.deleted, d.sweepDone])).toEqual([
      ['daily', 5, 0, 0, false],
      ['daily', 5, 0, 0, false],
      ['daily', 2, 1, 1, true],
    ]);
    expect((await trackedOf(last.actionId)).jira?.deleted).toBe(true);
    expect((await syncState())?.lastFullSweepAt).not.toBe(dayAgo);
  });

  it('reads the tracked records of 30 changed issues in one read and repairs them in one batch of writes', async () => {
    const issues = await seedMappedActions(platform, 40, { actionRecords: 0 });
    platform.clock.advance(2 * 3_600_000);
    // The first sweep, done in one part, gives the hourly runs a window to count from.
    expect(await reconcile()).toMatchObject({ scope: 'first', sweepDone: true });
    platform.events.configure({ dropProbability: 1 });
    for (const issue of issues.slice(0, 30)) {
      nextSecond(platform);
      await transitionAsUser(platform, issue.key, 'Implement');
    }

    const calls: string[] = [];
    const summary = await reconcile({}, calls);
    expect(summary).toMatchObject({ scope: 'changed', changed: 30, fetched: 30, repaired: 30 });
    const trackedCalls = calls.filter((c) => c.endsWith(' trackedIssue'));
    expect(trackedCalls).toEqual(['listBy trackedIssue', 'applyMany trackedIssue']);
    for (const issue of issues.slice(0, 30)) expect(await repairLines(issue.actionId)).toBe(1);
    for (const issue of issues.slice(30)) expect(await repairLines(issue.actionId)).toBe(0);
  });
});
