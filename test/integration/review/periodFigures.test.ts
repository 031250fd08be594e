import type { AppServices } from '../../../src/app/services';
import type { PeriodFiguresView } from '../../../src/contract/review';
import { dispatch } from '../../../src/entry/dispatch';
import { demoUsers } from '../../../sandbox/site/users';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import { appServicesForTest, grantRoles } from '../../support/appServices';
import { fieldworkNames, fieldworkPeople, fieldworkRoles } from '../../support/fieldwork';

const { manager, viewer, lead } = fieldworkPeople;

describe('period figures (in process)', () => {
  let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
  let services: AppServices;
  const call = (name: string, payload: unknown, who = manager) =>
    dispatch(name as never, payload, who, async () => services) as Promise<any>;
  const trailLength = async () => (await services.trail.entries({ limit: 10_000 })).length;
  const figures = (month: string, expectedVersion: number, extra: Record<string, unknown> = {}) => ({
    month,
    expectedVersion,
    incidents: 3,
    incidentHoursToResolve: 12.5,
    trainingCompletionPct: 87,
    ...extra,
  });

  /** A Jira that answers searches in pages of `pageSize` ids, and remembers who searched for what. */
  function fakeJira(total: number, pageSize: number) {
    const searches: Array<{ as: string; jql: string; token: string | undefined }> = [];
    services.jira = {
      asApp: () => {
        throw new Error('counting incidents must not search as the app');
      },
      asUser: (accountId: string) =>
        ({
          searchIds: async (jql: string, token?: string) => {
            searches.push({ as: accountId, jql, token });
            if (jql.includes('((')) {
              const { invalidInput } = await import('../../../src/domain/failure');
              throw invalidInput('jql', "Error in the JQL Query: the character '(' is unexpected");
            }
            const start = token ? Number(token) : 0;
            const end = Math.min(total, start + pageSize);
            const ids = Array.from({ length: end - start }, (_, i) => String(10000 + start + i));
            return { ids, nextPageToken: end < total ? String(end) : null };
          },
        }) as never,
      permissionsOn: async () => {
        throw new Error('not used');
      },
    };
    return searches;
  }

  beforeEach(async () => {
    ctx = await appServicesForTest(fieldworkNames);
    services = ctx.services;
    await grantRoles(services, fieldworkRoles);
  });
  afterEach(() => ctx.close());

  it('records a month, lists months newest first with who changed them, and refuses a stale version', async () => {
    const first = await call('savePeriodFigures', figures('2026-03', 0, { note: 'From the SOC monthly report' }));
    expect(first).toMatchObject({
      ok: true,
      value: {
        month: '2026-03',
        incidents: 3,
        incidentHoursToResolve: 12.5,
        incidentsSource: 'recorded',
        trainingCompletionPct: 87,
        note: 'From the SOC monthly report',
        version: 1,
        updatedByName: 'Aoife Brennan',
      },
    });
    await call('savePeriodFigures', figures('2026-01', 0, { incidents: null, trainingCompletionPct: null }));
    await call('savePeriodFigures', figures('2026-02', 0));
    const stale = await call('savePeriodFigures', figures('2026-03', 0, { incidents: 9 }));
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', field: 'expectedVersion' } });
    const changed = await call('savePeriodFigures', figures('2026-03', 1, { incidents: 4, reason: 'Late SOC ticket' }));
    expect(changed.value).toMatchObject({ incidents: 4, version: 2 });

    const list = await call('listPeriodFigures', {}, viewer);
    expect(list.value.figures.map((f: PeriodFiguresView) => [f.month, f.incidents, f.version])).toEqual([
      ['2026-03', 4, 2],
      ['2026-02', 3, 1],
      ['2026-01', null, 1],
    ]);
    expect(list.value.figures[0].updatedByName).toBe('Aoife Brennan');
    const trail = await services.trail.entries({ entityType: 'periodFigures', limit: 10 });
    expect(trail.map((e) => [e.entityId, e.action])).toEqual([
      ['2026-03', 'create'],
      ['2026-01', 'create'],
      ['2026-02', 'create'],
      ['2026-03', 'update'],
    ]);
  });

  it('accepts figures only from a programme manager, and only valid ones', async () => {
    const before = await trailLength();
    expect(await call('savePeriodFigures', figures('2026-03', 0), lead)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await call('savePeriodFigures', figures('2026-13', 0))).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'month' },
    });
    expect(await call('savePeriodFigures', figures('2026-03', 0, { trainingCompletionPct: 120 }))).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'trainingCompletionPct' },
    });
    expect(await call('savePeriodFigures', figures('2026-03', 0, { incidents: -1 }))).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'incidents' },
    });
    expect(await trailLength()).toBe(before);
  });

  it('counts incidents with the JQL as the caller, page by page, keeping the month’s other figures', async () => {
    await call('savePeriodFigures', figures('2026-03', 0));
    const searches = fakeJira(12_345, 5_000);
    const jql = 'project = SEC AND created >= "2026-03-01" AND created < "2026-04-01"';
    const counted = await call('countIncidentsInJira', { month: '2026-03', expectedVersion: 1, jql });
    expect(counted).toMatchObject({
      ok: true,
      value: {
        incidents: 12_345,
        incidentsSource: 'jql',
        incidentsJql: jql,
        countedAt: '2026-11-24T09:00:00.000Z',
        incidentHoursToResolve: 12.5,
        trainingCompletionPct: 87,
        version: 2,
      },
    });
    // 12,345 ids: pages of 5,000, 5,000 and 2,345, all as the caller
    expect(searches).toEqual([
      { as: manager, jql, token: undefined },
      { as: manager, jql, token: '5000' },
      { as: manager, jql, token: '10000' },
    ]);
    // saving the same count and JQL keeps it "counted in Jira"; typing another makes it recorded
    const kept = await call('savePeriodFigures', figures('2026-03', 2, { incidents: 12_345, incidentsJql: jql }));
    expect(kept.value).toMatchObject({ incidentsSource: 'jql', countedAt: '2026-11-24T09:00:00.000Z' });
    const typed = await call('savePeriodFigures', figures('2026-03', 3, { incidents: 12_000, incidentsJql: jql }));
    expect(typed.value).toMatchObject({ incidentsSource: 'recorded', countedAt: null, incidentsJql: jql });
  });

  it('refuses a JQL Jira cannot run on the field jql, writing nothing', async () => {
    fakeJira(3, 5_000);
    const before = await trailLength();
    const refused = await call('countIncidentsInJira', { month: '2026-04', expectedVersion: 0, jql: 'project = ((' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'jql' } });
    expect(refused.error.message).toMatch(/^Jira cannot run this JQL/);
    expect(await trailLength()).toBe(before);
    expect((await call('listPeriodFigures', {})).value.figures).toEqual([]);
    // a stale version is refused before Jira is asked
    const searches = fakeJira(3, 5_000);
    await call('countIncidentsInJira', { month: '2026-04', expectedVersion: 0, jql: 'project = SEC' });
    const stale = await call('countIncidentsInJira', { month: '2026-04', expectedVersion: 0, jql: 'project = SEC' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(searches).toHaveLength(1);
  });
});

describe('counting incidents on the sandbox platform (emulated Jira)', () => {
  const admin = demoUsers.find((u) => u.siteAdmin)!.accountId;
  let platform: SandboxPlatform;
  type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string; field?: string } };
  const invoke = <T>(name: string, payload: unknown) => platform.invoke(name, payload, admin) as Promise<Answer<T>>;

  beforeAll(async () => {
    platform = new SandboxPlatform({ pointsPerHour: 1e12 });
    platform.jira.configureProject({
      key: 'SEC',
      name: 'Security incidents',
      issueTypes: [{ name: 'Incident' }],
      workflow: {
        statuses: [
          { name: 'Open', category: 'new' },
          { name: 'Resolved', category: 'done' },
        ],
        initial: 'Open',
        transitions: [{ name: 'Resolve', from: ['Open'], to: 'Resolved' }],
      },
    });
    for (let n = 1; n <= 3; n += 1) {
      const created = await platform.requestProduct(
        'jira',
        'POST',
        '/rest/api/3/issue',
        { fields: { project: { key: 'SEC' }, issuetype: { name: 'Incident' }, summary: `Phishing report ${n}` } },
        admin,
      );
      expect(created.status).toBe(201);
    }
    // The first site admin to open the app becomes its programme manager.
    await platform.invoke('getSession', {}, admin);
  });
  afterAll(async () => {
    expect(platform.violations).toEqual([]);
    await platform.close();
  });

  it('counts the issues the JQL finds and records the count', async () => {
    const counted = await invoke<PeriodFiguresView>('countIncidentsInJira', {
      month: '2026-03',
      expectedVersion: 0,
      jql: 'project = SEC',
    });
    if (!counted.ok) throw new Error(counted.error.message);
    expect(counted.value).toMatchObject({ month: '2026-03', incidents: 3, incidentsSource: 'jql', version: 1 });
    expect(counted.value.countedAt).toEqual(expect.any(String));
  });

  it('answers a JQL Jira refuses with invalid_input on jql, and records nothing', async () => {
    const refused = await invoke<PeriodFiguresView>('countIncidentsInJira', {
      month: '2026-04',
      expectedVersion: 0,
      jql: 'project = SEC AND (',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'jql' } });
    const list = await invoke<{ figures: PeriodFiguresView[] }>('listPeriodFigures', {});
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value.figures.map((f) => f.month)).toEqual(['2026-03']);
  });
});
