import type { RaiseJobView } from '../../../src/contract/jira';
import type { AppServices } from '../../../src/app/services';
import type { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import { appServices, auditId, invoke, raisingPlatform, runQueue, seedAudit, value } from './raisingFixture';

jest.setTimeout(120_000);

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

/** Every event pushed to the raise queue so far, as the platform holds it. */
const pushedEvents = () =>
  (
    platform.platformDb
      .prepare("SELECT event_json FROM forge_queue_event WHERE queue = 'raise-issues' ORDER BY rowid")
      .all() as Array<{ event_json: string }>
  ).map((row) => JSON.parse(row.event_json) as { body: { retry: number }; concurrency?: unknown });

describe('raise chunks on the queue', () => {
  it('are pushed with one concurrency key, limit 1, and so are the chunks pushed again after a 429', async () => {
    await seedAudit(services, 120);
    // The first bulk create is refused: its chunk is pushed again with a delay.
    platform.faults.setPlan({
      seed: 7,
      script: [
        { call: 1, kind: '429', match: { product: 'jira', method: 'POST', pathPrefix: '/rest/api/3/issue/bulk' } },
      ],
    });
    const started = await value(invoke<RaiseJobView>(platform, 'raiseFindingIssues', { auditId }));
    await runQueue(platform);
    platform.faults.clear();
    expect(await value(invoke<RaiseJobView>(platform, 'getRaiseJob', { jobId: started.jobId }))).toMatchObject({
      done: 120,
      failed: 0,
    });

    const events = pushedEvents();
    expect(events.filter((e) => e.body.retry === 0)).toHaveLength(3);
    expect(events.filter((e) => e.body.retry > 0).length).toBeGreaterThan(0);
    for (const event of events) expect(event.concurrency).toEqual({ key: 'jira-raise', limit: 1 });
  });

  it('the platform refuses a push whose concurrency has no key or no whole-number limit', () => {
    const push = (concurrency: unknown) =>
      platform.queues.handle('/webhook/queue/publish/x', {
        queueName: 'raise-issues',
        jobId: 'job-1',
        payload: [{ body: {}, concurrency }],
      });
    expect(push({ key: '', limit: 1 }).status).toBe(400);
    expect(push({ key: 'jira-raise', limit: 0.5 }).status).toBe(400);
    expect(push({ key: 'jira-raise', limit: 1 }).status).toBe(201);
  });
});
