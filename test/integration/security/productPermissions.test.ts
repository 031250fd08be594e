import api, { route } from '@forge/api';
import { demoUsers } from '../../../sandbox/site/users';
import { runAs } from '../../../sandbox/platform/invocation';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import { confluenceAsUser, jiraAsUser } from '../../../src/adapters/forge/products';
import { planPageTitle } from '../../../src/app/audits/planPage';
import { cycleContext } from '../../../src/app/programme/cycleContext';
import type { AppServices } from '../../../src/app/services';
import { dispatch } from '../../../src/entry/dispatch';
import { appServicesForTest, grantRoles } from '../../support/appServices';
import {
  fieldworkLines,
  fieldworkNames,
  fieldworkPeople,
  fieldworkRoles,
  writeFieldworkAudit,
} from '../../support/fieldwork';

/**
 * Issue 14: the app reads and writes as the caller where the caller's own right is what counts.
 * Forge's `asUser()` is the invoking user; naming an account would ask the platform to impersonate.
 */
jest.setTimeout(120_000);

const [alice, bob] = demoUsers.filter((u) => !u.siteAdmin).map((u) => u.accountId);

describe('acting in the products as the invoking user', () => {
  let platform: SandboxPlatform;
  beforeEach(() => {
    platform = new SandboxPlatform({ pointsPerHour: 1e12 });
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    expect(platform.violations).toEqual([]);
    await platform.close();
  });

  it('[P11.10d] [A11.12] asks Jira and Confluence as the invoker through asUser() with no account named', async () => {
    const asUser = jest.spyOn(api, 'asUser');
    const me = await runAs(alice, () => jiraAsUser(alice)(alice!)(route`/rest/api/3/myself`));
    expect(me.status).toBe(200);
    expect(((await me.json()) as { accountId: string }).accountId).toBe(alice);
    const spaces = await runAs(alice, () => confluenceAsUser(alice)(alice!)(route`/wiki/api/v2/spaces`));
    expect(spaces.status).toBe(200);
    expect(asUser).toHaveBeenCalledTimes(2);
    // No argument: impersonating a named account needs allowImpersonation, which the app does not have.
    expect(asUser.mock.calls.every((args) => args.length === 0 || args[0] === undefined)).toBe(true);
  });

  it('[P11.10d] [A11.12] refuses to act as anyone but the invoker, or as a user where nobody invoked', () => {
    expect(() => jiraAsUser(alice)(bob!)).toThrow(/never acts as another user/);
    expect(() => confluenceAsUser(alice)(bob!)).toThrow(/never acts as another user/);
    expect(() => jiraAsUser(undefined)(alice!)).toThrow(/no user invoked this function/);
    expect(() => confluenceAsUser(undefined)(alice!)).toThrow(/no user invoked this function/);
  });
});

describe('the app writes pages as itself only where the person asking could write', () => {
  const { manager, lead, team } = fieldworkPeople;
  /** A second programme manager who may only read the quality space. */
  const readingManager = 'acct-reading-manager';
  let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
  let services: AppServices;
  let qmsId: string;
  const call = (name: string, payload: unknown, who: string) =>
    dispatch(name as never, payload, who, async () => services) as Promise<any>;
  /** The audit-plan pages of a space (the space's home page aside). */
  const pagesIn = async (spaceId: string) =>
    (
      (await ctx.confluence.call('GET', `/pages?space-id=${spaceId}&limit=250`, undefined, 'app')).body as {
        results: Array<{ id: string; title: string; version: { number: number } }>;
      }
    ).results.filter((page) => page.title.startsWith('Audit plan'));
  const saveProgramme = async (ismsSpaceKey: string, who: string, expectedVersion = 0) =>
    call(
      'saveAuditProgramme',
      { cycleStart: (await cycleContext(services)).cycle.start, programme: { ismsSpaceKey }, expectedVersion },
      who,
    );

  beforeEach(async () => {
    ctx = await appServicesForTest({ ...fieldworkNames, [readingManager]: 'Nadia Keller' });
    services = ctx.services;
    await grantRoles(services, { ...fieldworkRoles, [readingManager]: ['programmeManager'] });
    // The quality space: the programme manager writes there; the lead auditor and the reading manager only read.
    qmsId = ctx.confluence.emulator.createSpace({
      key: 'QMS',
      name: 'Quality management',
      permissions: { [manager]: ['read', 'write'], [lead]: ['read'], [readingManager]: ['read'], [team]: ['read'] },
    }).id;
    const area = await call(
      'saveAuditableArea',
      {
        expectedVersion: 0,
        area: {
          name: 'IT operations',
          ownerId: team,
          memberIds: [],
          likelihood: 4,
          impact: 4,
          itemIds: fieldworkLines,
        },
      },
      manager,
    );
    await writeFieldworkAudit(services, 'audit_1', 'planned', { areaIds: [area.value.id] });
  });
  afterEach(() => ctx.close());

  it('[P11.10d] [P11.10g] [A11.12] a programme manager who cannot add pages to a space cannot make it the ISMS space', async () => {
    const trailBefore = (await services.trail.entries({ limit: 10_000 })).length;
    expect(await saveProgramme('QMS', readingManager)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'programme.ismsSpaceKey' },
    });
    expect((await services.trail.entries({ limit: 10_000 })).length).toBe(trailBefore);
    expect(await saveProgramme('QMS', manager)).toMatchObject({ ok: true });
  });

  it('[P11.10d] [P11.10g] [A11.12] a lead auditor who may only read the ISMS space cannot have the app publish the plan there', async () => {
    expect(await saveProgramme('QMS', manager)).toMatchObject({ ok: true });
    expect(await call('publishAuditPlan', { auditId: 'audit_1' }, lead)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await pagesIn(qmsId)).toHaveLength(0);
    expect((await services.store.get('audit', 'audit_1'))!.record.planPage).toBeNull();
    // The programme manager, who can write there, publishes it.
    expect(await call('publishAuditPlan', { auditId: 'audit_1' }, manager)).toMatchObject({ ok: true });
  });

  it('[P11.10d] [P11.10g] [A11.12] nor its report, nor a management review page, for someone who may only read there', async () => {
    expect(await saveProgramme('QMS', manager)).toMatchObject({ ok: true });
    const audit = (await services.store.get('audit', 'audit_1'))!;
    await services.store.apply({
      entity: 'audit',
      id: audit.id,
      before: audit,
      after: { ...audit.record, state: 'reporting' },
      actor: manager,
      at: services.clock.now(),
    });
    expect(await call('generateAuditReport', { auditId: 'audit_1' }, lead)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const { cycle } = await cycleContext(services);
    const review = { title: 'Management review', from: cycle.start, to: cycle.start };
    expect(await call('createManagementReview', review, readingManager)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await services.store.list('managementReview')).toHaveLength(0);
    const titles = (
      (await ctx.confluence.call('GET', `/pages?space-id=${qmsId}&limit=250`, undefined, 'app')).body as {
        results: Array<{ title: string }>;
      }
    ).results.map((page) => page.title);
    expect(titles).toEqual(['Quality management Home']);
  });

  it('[P11.10d] [A11.12] a page someone else wrote under the plan’s title is not overwritten without consent', async () => {
    expect(await saveProgramme('QMS', manager)).toMatchObject({ ok: true });
    const title = planPageTitle((await services.store.get('audit', 'audit_1'))!.record.plan);
    const theirs = await ctx.confluence.call(
      'POST',
      '/pages',
      {
        spaceId: qmsId,
        status: 'current',
        title,
        body: { representation: 'storage', value: '<p>Minutes of the CAPA board</p>' },
      },
      manager,
    );
    expect(theirs.status).toBe(200);
    const pageId = (theirs.body as { id: string }).id;
    const refused = await call('publishAuditPlan', { auditId: 'audit_1' }, manager);
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', field: 'replaceEditedPage' } });
    expect(refused.error.message).toContain('already exists');
    const [page] = await pagesIn(qmsId);
    expect(page).toMatchObject({ id: pageId, version: { number: 1 } });
    expect((await services.store.get('audit', 'audit_1'))!.record.planPage).toBeNull();
  });
});
