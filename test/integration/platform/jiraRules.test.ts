import path from 'node:path';
import { SandboxClock } from '../../../sandbox/platform/clock';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';

const appRoot = path.resolve(__dirname, '../../fixtures/forge-app');
const user = '5b10a2844c20165700ede22h';

describe("the app's Jira triggers and workflow validators, run by the sandbox", () => {
  let platform: SandboxPlatform;
  const jira = (method: string, p: string, body?: unknown, as: 'user' | 'app' = 'user') =>
    platform.requestProduct('jira', method, p, body, as === 'user' ? user : undefined, as);
  const kvs = (key: string) => platform.kvs.handle('/api/v1/get', { key });

  beforeEach(() => {
    platform = new SandboxPlatform({ appRoot, clock: new SandboxClock() });
    platform.jira.configureProject({
      key: 'NC',
      name: 'Nonconformities',
      issueTypes: [{ name: 'Nonconformity' }],
      workflow: {
        statuses: [
          { name: 'Open', category: 'new' },
          { name: 'Closed', category: 'done' },
        ],
        initial: 'Open',
        transitions: [{ name: 'Close', from: ['Open'], to: 'Closed', validators: [{ moduleKey: 'close-validator' }] }],
      },
    });
  });
  afterEach(async () => {
    expect(platform.violations).toEqual([]);
    await platform.close();
  });

  const create = (as: 'user' | 'app') =>
    jira(
      'POST',
      '/rest/api/3/issue',
      { fields: { project: { key: 'NC' }, issuetype: { name: 'Nonconformity' }, summary: 'Leavers kept VPN access' } },
      as,
    );

  it('delivers issue events to the subscribed trigger, but not those the app caused itself (ignoreSelf)', async () => {
    const byUser = (await create('user')).body as { key: string };
    const byApp = (await create('app')).body as { key: string };
    await platform.tick();
    expect(kvs(`issue-event:${byUser.key}`).status).toBe(200);
    expect(kvs(`issue-event:${byApp.key}`).status).toBe(404);
  });

  it("blocks a transition with the validator's message, and allows it once the rule holds", async () => {
    const { key } = (await create('user')).body as { key: string };
    const transitions = (await jira('GET', `/rest/api/3/issue/${key}/transitions`)).body as {
      transitions: Array<{ id: string; name: string }>;
    };
    const close = transitions.transitions.find((t) => t.name === 'Close')!;
    const refused = await jira('POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: close.id } });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain(`${key} needs an independent verification before it can close`);
    expect(
      ((await jira('GET', `/rest/api/3/issue/${key}?fields=status`)).body as { fields: { status: { name: string } } })
        .fields.status.name,
    ).toBe('Open');

    expect((await jira('PUT', `/rest/api/3/issue/${key}`, { fields: { labels: ['verified'] } })).status).toBe(204);
    expect((await jira('POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: close.id } })).status).toBe(
      204,
    );
    expect(
      ((await jira('GET', `/rest/api/3/issue/${key}?fields=status`)).body as { fields: { status: { name: string } } })
        .fields.status.name,
    ).toBe('Closed');
  });

  it("offers a transition only where the app's workflow condition (a Jira expression) holds for the user", async () => {
    platform.jira.configureProject({
      key: 'CA',
      name: 'Corrective actions',
      issueTypes: [{ name: 'Corrective action' }],
      workflow: {
        statuses: [
          { name: 'Implemented', category: 'indeterminate' },
          { name: 'Verified', category: 'done' },
        ],
        initial: 'Implemented',
        transitions: [
          {
            name: 'Verify',
            from: ['Implemented'],
            to: 'Verified',
            conditions: [{ moduleKey: 'verified-by-someone-else' }],
          },
        ],
      },
    });
    const created = await jira(
      'POST',
      '/rest/api/3/issue',
      { fields: { project: { key: 'CA' }, issuetype: { name: 'Corrective action' }, summary: 'Rotate keys' } },
      'app',
    );
    const key = (created.body as { key: string }).key;
    const names = async (as: string) =>
      (
        (await platform.requestProduct('jira', 'GET', `/rest/api/3/issue/${key}/transitions`, undefined, as, 'user'))
          .body as { transitions: Array<{ name: string }> }
      ).transitions.map((t) => t.name);
    const other = '5b10a2844c20165700ede23i';
    expect(await names(user)).toEqual([]); // no finding recorded yet
    await jira('PUT', `/rest/api/3/issue/${key}/properties/audit-finding`, { implementer: user }, 'app');
    expect(await names(user)).toEqual([]); // the implementer may not verify their own action
    expect(await names(other)).toEqual(['Verify']);
  });

  it('can duplicate and reorder events, and drop them by fault plan', async () => {
    platform.events.configure({ duplicate: true, duplicateProbability: 1 });
    await create('user');
    await platform.tick();
    expect(platform.snapshot().events.duplicated).toBeGreaterThan(0);
    platform.faults.setPlan({ seed: 1, script: [{ call: 1, kind: 'drop-event' }] });
    const dropped = (await create('user')).body as { key: string };
    await platform.tick();
    expect(kvs(`issue-event:${dropped.key}`).status).toBe(404);
    expect(platform.snapshot().events.dropped).toBe(1);
  });
});
