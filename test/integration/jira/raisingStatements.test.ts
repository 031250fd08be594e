import type { RaiseJobView, TrackedIssueView } from '../../../src/contract/jira';
import type { AppServices } from '../../../src/app/services';
import type { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import {
  appServices,
  auditId,
  invoke,
  issuesByFinding,
  raisingPlatform,
  runQueue,
  seedAudit,
  value,
} from './raisingFixture';

jest.setTimeout(120_000);

let platform: SandboxPlatform;
let services: AppServices;

beforeEach(async () => {
  jest.spyOn(console, 'info').mockImplementation(() => undefined);
  jest.resetModules();
  platform = raisingPlatform();
  services = await appServices();
});
afterEach(async () => {
  expect(platform.violations).toEqual([]);
  await platform.close();
});

/**
 * What raising N findings may cost in Forge SQL statements. The resolver has 25 s and Forge SQL
 * allows 150 DML statements a second per install, so the request's share must not grow with N one
 * statement per finding (it was four: a read and a three-statement write each): a fixed part (the
 * caller's role, the audit, the settings, the reads of findings and tracked records, the job) plus
 * a multi-row statement per few hundred findings. At 1,000 findings the bound is 30, half of the
 * goal of 60. Each queue chunk of 50 likewise costs a bounded number, not one per finding.
 */
const requestBound = (n: number) => 20 + Math.ceil(n / 100);
const chunkBound = 24;
/** Listing an audit's tracked issues: the caller, the list, its findings, their area — at any size. */
const listBound = 10;

describe('raising findings in a bounded number of SQL statements', () => {
  it.each([40, 300])('raises %i findings with the request and each chunk inside their statement bounds', async (n) => {
    await seedAudit(services, n);
    platform.resetCounters();
    const started = await value(invoke<RaiseJobView>(platform, 'raiseFindingIssues', { auditId }));
    const inRequest = platform.snapshot().sqlStatements ?? 0;
    expect(inRequest).toBeLessThanOrEqual(requestBound(n));

    await runQueue(platform);
    const counters = platform.snapshot();
    const chunks = Math.ceil(n / 50);
    expect((counters.sqlStatements ?? 0) - inRequest).toBeLessThanOrEqual(chunks * chunkBound);
    // Per chunk a bulk create and the read-back of its issues' status and due date; plus two lookups.
    expect(counters.calls.jira).toBe(2 * chunks + 2);

    expect(await value(invoke<RaiseJobView>(platform, 'getRaiseJob', { jobId: started.jobId }))).toMatchObject({
      total: n,
      done: n,
      failed: 0,
    });
    // Listing them reads the findings behind them in one statement, not one each.
    platform.resetCounters();
    const listed = await value(invoke<{ issues: TrackedIssueView[] }>(platform, 'listTrackedIssues', { auditId }));
    expect(listed.issues).toHaveLength(n);
    expect(platform.snapshot().sqlStatements ?? 0).toBeLessThanOrEqual(listBound);

    const byFinding = await issuesByFinding(platform);
    expect(byFinding.size).toBe(n);
    expect([...byFinding.values()].filter((keys) => keys.length > 1)).toEqual([]);
  });
});
