import type { AppServices } from '../../../src/app/services';
import type { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import { actionRecord, appServices, findingId, lead, raisingPlatform, seedAudit, writeAction } from './raisingFixture';

/**
 * Issue 14, hole 10: the workflow condition reads issue properties, which anyone who may edit an
 * issue can set. The validator is the control: a property naming a record the store does not map
 * to the issue is refused on Close, and the attempt is kept in the trail.
 */
jest.setTimeout(120_000);

let platform: SandboxPlatform;
let services: AppServices;

const jira = (method: string, path: string, body?: unknown) =>
  platform.requestProduct('jira', method, path, body, lead, 'user');

/** A user makes an issue in the CA project and walks it to "Awaiting verification" by hand. */
async function handMadeIssue(): Promise<string> {
  const created = await jira('POST', '/rest/api/3/issue', {
    fields: { project: { key: 'CA' }, issuetype: { name: 'Corrective action' }, summary: 'Restore tests scheduled' },
  });
  expect(created.status).toBe(201);
  const { key } = created.body as { key: string };
  for (const name of ['Plan action', 'Mark implemented', 'Request verification']) {
    expect((await transition(key, name)).status).toBe(204);
  }
  return key;
}

async function transition(key: string, name: string) {
  const { transitions } = (await jira('GET', `/rest/api/3/issue/${key}/transitions`)).body as {
    transitions: Array<{ id: string; name: string }>;
  };
  const chosen = transitions.find((t) => t.name === name);
  if (!chosen) throw new Error(`${key} offers no ${name}: ${transitions.map((t) => t.name).join(', ')}`);
  return jira('POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: chosen.id } });
}

const statusOf = async (key: string) =>
  ((await jira('GET', `/rest/api/3/issue/${key}?fields=status`)).body as { fields: { status: { name: string } } })
    .fields.status.name;

beforeEach(async () => {
  jest.spyOn(console, 'info').mockImplementation(() => undefined);
  jest.resetModules();
  platform = raisingPlatform();
  services = await appServices();
  await seedAudit(services, 2);
  await writeAction(services, 'ca-real', actionRecord([findingId(1)]));
});

afterEach(async () => {
  expect(platform.violations).toEqual([]);
  jest.restoreAllMocks();
  await platform.close();
});

describe('the verification gate and properties set outside the app', () => {
  it('[P11.10d] [P11.10g] [A11.12] refuses to close an issue whose audit property names an action the store does not map to it, and records the attempt', async () => {
    const key = await handMadeIssue();
    // Both properties the condition reads, set by an editor through Jira's own API.
    const audit = { auditId: 'audit-raise', findingId: null, correctiveActionId: 'ca-real' };
    expect((await jira('PUT', `/rest/api/3/issue/${key}/properties/iso27001-audit`, audit)).status).toBeLessThan(300);
    const verified = { result: 'effective', verifierId: 'someone-else', verifiedAt: '2026-11-24' };
    expect(
      (await jira('PUT', `/rest/api/3/issue/${key}/properties/iso27001-verification`, verified)).status,
    ).toBeLessThan(300);

    const refused = await transition(key, 'Close');
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('correctiveAction:ca-real, which the audit app does not hold');
    expect(await statusOf(key)).toBe('Awaiting verification');

    const kept = await services.store.listBy('refusedTransition', 'issueKey', key);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.record).toMatchObject({ issueKey: key, disagreeing: ['correctiveAction:ca-real'] });
    expect(kept[0]!.record.property.correctiveActionId).toBe('ca-real');
    const trail = await services.trail.entries({ limit: 10_000 });
    expect(trail.some((e) => e.entityType === 'refusedTransition' && e.entityId === kept[0]!.id)).toBe(true);
    // Append-only: the record of the attempt cannot be edited away.
    await expect(
      services.store.apply({
        entity: 'refusedTransition',
        id: kept[0]!.id,
        before: kept[0]!,
        after: { ...kept[0]!.record, message: 'nothing happened' },
        actor: lead,
        at: new Date(),
      }),
    ).rejects.toThrow();
  });

  it('[P11.10g] an issue the app knows nothing about (no audit property) still closes freely', async () => {
    const key = await handMadeIssue();
    const verified = { result: 'effective', verifierId: 'someone-else', verifiedAt: '2026-11-24' };
    await jira('PUT', `/rest/api/3/issue/${key}/properties/iso27001-verification`, verified);
    expect((await transition(key, 'Close')).status).toBe(204);
    expect(await services.store.listBy('refusedTransition', 'issueKey', key)).toHaveLength(0);
  });
});
