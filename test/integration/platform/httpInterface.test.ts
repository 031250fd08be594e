import { demoUsers } from '../../../sandbox/site/users';
import { startSandbox } from '../../support/sandboxServer';

const manager = demoUsers.find((u) => u.siteAdmin)!.accountId;
const viewer = demoUsers.find((u) => u.displayName === 'Grace Okafor')!.accountId;
const nobody = demoUsers.find((u) => u.displayName === 'Mei Tanaka')!.accountId;

describe("the sandbox's HTTP interface", () => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  // Starting seeds the demo, which runs each audit's steps (signed plan approvals hash a passphrase):
  // over 120 s on a loaded shared machine, so the hook gets the time the browser suites give theirs.
  beforeAll(async () => {
    sandbox = await startSandbox();
  }, 400_000);
  afterAll(() => sandbox.stop());

  const post = (path: string, body: unknown, user?: string) =>
    fetch(`${sandbox.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(user ? { 'x-sandbox-user': user } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('invokes resolvers as the X-Sandbox-User, mapping typed errors to HTTP statuses', async () => {
    const ok = await post('/sandbox/invoke/getProgrammeSettings', {}, viewer);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      ok: true,
      value: { settings: { organisationName: 'Helix Biologics Ltd' } },
    });
    const invalid = await post(
      '/sandbox/invoke/updateProgrammeSettings',
      { settings: {}, expectedVersion: 1 },
      manager,
    );
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'settings.organisationName' },
    });
    expect((await post('/sandbox/invoke/getProgrammeSettings', {}, nobody)).status).toBe(403);
    const stale = await post(
      '/sandbox/invoke/updateProgrammeSettings',
      {
        settings: {
          organisationName: 'X',
          cycleLengthMonths: 12,
          cycleStart: '2026-01-01',
          timeZone: 'UTC',
          workingDays: [1],
        },
        expectedVersion: 0,
      },
      manager,
    );
    expect(stale.status).toBe(409);
    expect((await post('/sandbox/invoke/noSuchResolver', {}, manager)).status).toBe(404);
    expect((await post('/sandbox/invoke/getSession', '{not json', manager)).status).toBe(400);
  });

  it('describes every resolver with its input JSON Schema, generated from the zod contract', async () => {
    const contract = (await (await fetch(`${sandbox.url}/sandbox/contract`)).json()) as {
      resolvers: Array<{ name: string; access: unknown; input: { properties?: Record<string, unknown> } }>;
    };
    const update = contract.resolvers.find((r) => r.name === 'updateProgrammeSettings')!;
    expect(update.access).toEqual(['programmeManager']);
    expect(Object.keys(update.input.properties ?? {})).toEqual(['settings', 'expectedVersion', 'reason']);
    expect(contract.resolvers.map((r) => r.name)).toContain('signRecord');
  });

  it('serves the products on their real paths, counts the calls, and resets the counters', async () => {
    await post('/sandbox/reset', {});
    const me = await fetch(`${sandbox.url}/rest/api/3/myself`, { headers: { 'x-sandbox-user': viewer } });
    expect(await me.json()).toMatchObject({ accountId: viewer, displayName: 'Grace Okafor' });
    const counters = (await (await fetch(`${sandbox.url}/sandbox/counters`)).json()) as {
      calls: { jira: number };
      routes: Record<string, number>;
    };
    expect(counters.calls.jira).toBe(1);
    expect(counters.routes['GET /rest/api/3/myself']).toBe(1);
    await post('/sandbox/reset', {});
    expect(
      ((await (await fetch(`${sandbox.url}/sandbox/counters`)).json()) as { calls: { jira: number } }).calls.jira,
    ).toBe(0);
  });

  it('injects scripted faults: the matching call answers 503, and the app sees unavailable', async () => {
    const bad = await post('/sandbox/faults', { script: [{ call: 0, kind: 'boom' }] });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('script.0');
    const set = await post('/sandbox/faults', {
      seed: 7,
      script: [
        { call: 2, kind: '503', match: { product: 'jira', pathPrefix: `/rest/api/3/user?accountId=${nobody}` } },
      ],
    });
    expect(set.status).toBe(200);
    expect((await post('/sandbox/invoke/getSession', {}, nobody)).status).toBe(200); // 1st matching call passes
    const failed = await post('/sandbox/invoke/getSession', {}, nobody);
    expect(failed.status).toBe(503);
    expect(await failed.json()).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect((await post('/sandbox/invoke/getSession', {}, nobody)).status).toBe(200);
    await fetch(`${sandbox.url}/sandbox/faults`, { method: 'DELETE' });
  });

  it('moves the clock and runs what falls due', async () => {
    const answer = (await (await post('/sandbox/clock', { advanceSeconds: 3600 })).json()) as { scheduled: string[] };
    // The hourly triggers, in manifest order (the daily overdue sweep is not due yet).
    expect(answer.scheduled).toEqual(['trail-repair-sweep', 'jira-reconciliation-sweep']);
    expect((await post('/sandbox/clock', { advanceSeconds: -5 })).status).toBe(400);
  });
});
