import type { RaiseJobView, TrackedIssueView } from '../../../src/contract/jira';
import type { AppServices } from '../../../src/app/services';
import type { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import {
  appServices,
  auditId,
  countIssues,
  findingId,
  invoke,
  issuesByFinding,
  raisingPlatform,
  runQueue,
  seedAudit,
  value,
} from './raisingFixture';

/** 1,000 findings through the real consumer on the emulated Jira: generous, but far from a minute. */
jest.setTimeout(180_000);

let platform: SandboxPlatform;
let services: AppServices;

beforeEach(async () => {
  jest.spyOn(console, 'info').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  jest.resetModules();
  platform = raisingPlatform();
  services = await appServices();
});
afterEach(async () => {
  expect(platform.violations).toEqual([]);
  jest.restoreAllMocks();
  await platform.close();
});

const raise = () => value(invoke<RaiseJobView>(platform, 'raiseFindingIssues', { auditId }));
const job = (jobId: string) => value(invoke<RaiseJobView>(platform, 'getRaiseJob', { jobId }));

async function expectExactlyOneEach(count: number): Promise<void> {
  const byFinding = await issuesByFinding(platform);
  const duplicates = [...byFinding.entries()].filter(([, keys]) => keys.length > 1);
  expect(duplicates).toEqual([]);
  expect(byFinding.size).toBe(count);
  expect(await countIssues(platform, 'project = NC')).toBe(count);
  const { issues } = await value(invoke<{ issues: TrackedIssueView[] }>(platform, 'listTrackedIssues', { auditId }));
  expect(issues).toHaveLength(count);
  expect(issues.filter((t) => t.state !== 'raised')).toEqual([]);
  // The store and Jira agree on which issue is whose.
  for (const tracked of issues) expect(byFinding.get(tracked.subjectId)).toEqual([tracked.issueKey]);
}

describe('raising 1,000 findings exactly once', () => {
  it('raises 1,000 findings in 20 bulk creates, with progress done = 1,000', async () => {
    await seedAudit(services, 1000);
    platform.resetCounters();
    const started = await raise();
    expect(started).toMatchObject({ total: 1000, done: 0, remaining: 1000 });
    await runQueue(platform);
    expect(await job(started.jobId)).toMatchObject({
      total: 1000,
      done: 1000,
      failed: 0,
      remaining: 0,
      finished: true,
    });
    expect(platform.snapshot().routes['POST /rest/api/3/issue/bulk']).toBe(20);
    await expectExactlyOneEach(1000);
    expect(findingId(1000)).toBe('finding-1000');
  });

  it('survives 20% injected 429/5xx (some after Jira acted) and a consumer killed mid-chunk', async () => {
    await seedAudit(services, 1000);
    const started = await raise();

    // Kill the consumer once, right after Jira created a chunk's issues and before any key was
    // recorded: the subjects stay `creating`, and the redelivery must find their issues.
    type StoreModule = typeof import('../../../src/adapters/sql/trailedStore');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { SqlTrailedStore } = require('../../../src/adapters/sql/trailedStore') as StoreModule;
    // The keys are recorded in one batch per chunk (`applyMany`): kill that batch before it writes.
    const applyMany = SqlTrailedStore.prototype.applyMany;
    let killed = 0;
    jest.spyOn(SqlTrailedStore.prototype, 'applyMany').mockImplementation(function (this: unknown, changes) {
      const raising = changes.some(
        (change) => change.entity === 'trackedIssue' && (change.after as { state?: string } | null)?.state === 'raised',
      );
      if (killed === 0 && raising) {
        killed += 1;
        return Promise.reject(new Error('consumer killed mid-chunk'));
      }
      return applyMany.call(this as never, changes as never) as never;
    });
    platform.faults.setPlan({
      seed: 7,
      rate: { probability: 0.2, kinds: ['429', '500', '503', '500-after'], match: { product: 'jira' } },
      retryAfterSeconds: 3,
    });

    await runQueue(platform);
    const injected = platform.faults.describePlan().injected;
    platform.faults.clear();

    expect(killed).toBe(1);
    expect(injected).toBeGreaterThan(0);
    expect(platform.snapshot().faults.byKind['500-after']).toBeGreaterThan(0);
    expect(await job(started.jobId)).toMatchObject({ total: 1000, done: 1000, failed: 0, remaining: 0 });
    await expectExactlyOneEach(1000);
    const { issues } = await value(invoke<{ issues: TrackedIssueView[] }>(platform, 'listTrackedIssues', { auditId }));
    // The killed chunk's issues (and any lost to a 500-after) were adopted, not raised twice.
    expect(issues.filter((t) => t.history.some((e) => e.action === 'adopted')).length).toBeGreaterThanOrEqual(50);
  });
});
