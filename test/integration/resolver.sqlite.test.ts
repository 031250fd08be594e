import { demoUsers } from '../../sandbox/site/users';
import { SandboxPlatform } from '../../sandbox/site/sandboxPlatform';

const admin = demoUsers.find((u) => u.siteAdmin)!.accountId;
const secondAdmin = demoUsers.filter((u) => u.siteAdmin)[1]!.accountId;
const plain = demoUsers.find((u) => !u.siteAdmin)!.accountId;
const other = demoUsers.filter((u) => !u.siteAdmin)[1]!.accountId;

// The unmodified resolver (src/entry/resolver.ts) run by the sandbox's function runner, with
// Forge SQL on the sandbox's SQLite engine and Jira users from the emulator.
const platform = new SandboxPlatform({ sqliteFile: ':memory:' });
const engine = platform.sql;
afterAll(async () => {
  expect(platform.violations).toEqual([]);
  await platform.close();
});

type Answer = { ok: boolean; value?: any; error?: { code: string; field?: string; message: string } };
const call = (name: string, payload: unknown, accountId?: string) =>
  platform.invoke(name, payload, accountId) as Promise<Answer>;

const settings = {
  organisationName: 'Helix Biologics',
  cycleLengthMonths: 24,
  cycleStart: '2026-04-01',
  timeZone: 'Europe/Dublin',
  workingDays: [1, 2, 3, 4, 5],
};

async function trailLength(): Promise<number> {
  const rows = (await engine.execute('SELECT COUNT(*) AS n FROM audit_trail', [])).rows as Array<{ n: number }>;
  return Number(rows[0]!.n);
}

describe('the resolver, end to end through Forge SQL on the sandbox engine', () => {
  it('[P11.10d] [A11.12] tells a user with no role who they are, and refuses them the programme', async () => {
    const session = await call('getSession', {}, plain);
    expect(session).toEqual({
      ok: true,
      value: {
        accountId: plain,
        displayName: 'Rahul Mehta',
        roles: [],
        isSiteAdmin: false,
        becameFirstProgrammeManager: false,
      },
    });
    expect(await call('getProgrammeSettings', {}, plain)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('makes the first site admin programme manager, once, and trails it', async () => {
    const first = await call('getSession', {}, admin);
    expect(first.value).toMatchObject({
      roles: ['programmeManager'],
      isSiteAdmin: true,
      becameFirstProgrammeManager: true,
    });
    const again = await call('getSession', {}, admin);
    expect(again.value).toMatchObject({ roles: ['programmeManager'], becameFirstProgrammeManager: false });
    // A second admin arriving later does not become programme manager.
    const second = await call('getSession', {}, secondAdmin);
    expect(second.value).toMatchObject({ roles: [], isSiteAdmin: true, becameFirstProgrammeManager: false });
    const trail = await call('verifyAuditTrail', {}, admin);
    expect(trail).toMatchObject({ ok: true, value: { intact: true, entries: 2 } });
  });

  it('[P11.10d] refuses a request with no account', async () => {
    expect(await call('getSession', {}, undefined)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('[ISO9.2.2] reads defaults, then saves settings with optimistic concurrency', async () => {
    const initial = await call('getProgrammeSettings', {}, admin);
    expect(initial.value).toMatchObject({ version: 0, updatedAt: null, settings: { cycleLengthMonths: 12 } });
    const saved = await call('updateProgrammeSettings', { settings, expectedVersion: 0 }, admin);
    expect(saved.value).toMatchObject({ version: 1, updatedBy: admin, updatedByName: 'Aoife Brennan', settings });
    const stale = await call(
      'updateProgrammeSettings',
      { settings: { ...settings, organisationName: 'Stale' }, expectedVersion: 0 },
      admin,
    );
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', field: 'expectedVersion' } });
    expect((await call('getProgrammeSettings', {}, admin)).value.settings.organisationName).toBe('Helix Biologics');
  });

  it('rejects bad input naming the field, and changes nothing', async () => {
    const before = await trailLength();
    const bad = await call(
      'updateProgrammeSettings',
      { settings: { ...settings, timeZone: 'Atlantis/Capital' }, expectedVersion: 1 },
      admin,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'settings.timeZone' } });
    const extra = await call('updateProgrammeSettings', { settings, expectedVersion: 1, sneaky: true }, admin);
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const badRole = await call('setUserRoles', { accountId: plain, roles: ['superuser'], expectedVersion: 0 }, admin);
    expect(badRole).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'roles.0' } });
    expect(await trailLength()).toBe(before);
  });

  it('[P11.10g] [A11.12] lets only programme managers grant roles, and keeps the last programme manager', async () => {
    const granted = await call(
      'setUserRoles',
      { accountId: plain, roles: ['auditor', 'leadAuditor'], expectedVersion: 0 },
      admin,
    );
    expect(granted.value).toMatchObject({
      accountId: plain,
      displayName: 'Rahul Mehta',
      roles: ['leadAuditor', 'auditor'],
      version: 1,
    });

    const before = await trailLength();
    const notAllowed = await call(
      'setUserRoles',
      { accountId: other, roles: ['programmeManager'], expectedVersion: 0 },
      plain,
    );
    expect(notAllowed).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const notAllowedSettings = await call('updateProgrammeSettings', { settings, expectedVersion: 1 }, plain);
    expect(notAllowedSettings).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const lastManager = await call('setUserRoles', { accountId: admin, roles: ['viewer'], expectedVersion: 1 }, admin);
    // The last manager could only drop the role by their own hand, and nobody changes their own roles.
    expect(lastManager).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await trailLength()).toBe(before);

    const list = await call('listRoleAssignments', {}, plain);
    expect(list.value.assignments.map((a: { accountId: string }) => a.accountId).sort()).toEqual([admin, plain].sort());
  });

  it('[P11.10e] [A11.9] records every role change in the audit trail with old and new roles', async () => {
    const rows = (
      await engine.execute(
        "SELECT actor, action, before_json, after_json FROM audit_trail WHERE entity_type = 'userRoles' ORDER BY seq",
        [],
      )
    ).rows as Array<{ actor: string; action: string; before_json: string | null; after_json: string }>;
    expect(
      rows.map((r) => [
        r.actor,
        r.action,
        r.before_json && JSON.parse(r.before_json).roles,
        JSON.parse(r.after_json).roles,
      ]),
    ).toEqual([
      [admin, 'create', null, ['programmeManager']],
      [admin, 'create', null, ['leadAuditor', 'auditor']],
    ]);
    expect(await call('verifyAuditTrail', {}, plain)).toMatchObject({ ok: true, value: { intact: true } });
  });
});
