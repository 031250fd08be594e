// The plan publishing tests' shared setup: an audit with a full plan in an ISMS space, the people around it, and helpers that read the pages back.
import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import { AuditProgramme, programmeIdFor } from '../../src/domain/programme/auditProgramme';
import { AuditRecord, type AuditPlanContentInput } from '../../src/domain/audits/auditPlan';
import { AuditorRecord } from '../../src/domain/auditors/auditorRecord';
import { appServicesForTest, grantRoles } from '../support/appServices';

export const manager = 'acct-manager';
export const lead = 'acct-lead';
export const otherLead = 'acct-lead-2';
export const auditor = 'acct-auditor';
export const auditee = 'acct-auditee';
export const viewer = 'acct-viewer';
export const owner = 'acct-olu';
export const names = {
  [manager]: 'Aoife Brennan',
  [lead]: 'Rahul Mehta',
  [otherLead]: 'Sofia Lindqvist',
  [auditor]: 'Hannah Weber',
  [auditee]: 'Tomás Ruiz',
  [viewer]: 'Grace Okafor',
  [owner]: 'Olu Adeyemi',
};
export const programmeId = programmeIdFor('2026-01-01');
export const auditTitle = 'Backups <script>alert(1)</script> & logging';
export const pageTitle = `Audit plan – ${auditTitle} (2026-11-30 to 2026-12-02)`;

export let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
export let services: AppServices;
export let areaId: string;
export let spaceId: string;
export const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;
export const publish = (who = lead, replaceEditedPage?: boolean) =>
  call(
    'publishAuditPlan',
    { auditId: 'audit_1', ...(replaceEditedPage === undefined ? {} : { replaceEditedPage }) },
    who,
  );
/** The services the next calls run on: a test swaps in a Confluence that races the app. */
export function serveWith(next: AppServices): void {
  services = next;
}

export const trailLength = async () => (await services.trail.entries({ limit: 10_000 })).length;
export const stored = async () => (await services.store.get('audit', 'audit_1'))!;

/** Reads Confluence directly (as a person would), not through the app. */
export async function planPagesInSpace(): Promise<Array<{ id: string; title: string; version: { number: number } }>> {
  const answer = await ctx.confluence.call('GET', `/pages?space-id=${spaceId}&limit=250`, undefined, manager);
  const pages = (answer.body as { results: Array<{ id: string; title: string; version: { number: number } }> }).results;
  return pages.filter((page) => page.title.startsWith('Audit plan'));
}
export async function pageBody(pageId: string): Promise<{ version: number; storage: string; title: string }> {
  const answer = await ctx.confluence.call('GET', `/pages/${pageId}?body-format=storage`, undefined, manager);
  const page = answer.body as { title: string; version: { number: number }; body: { storage: { value: string } } };
  return { version: page.version.number, storage: page.body.storage.value, title: page.title };
}
/** Someone changes the page in Confluence's editor. */
export async function editInConfluence(pageId: string, storage = '<p>Agenda moved to Tuesday</p>') {
  const current = await pageBody(pageId);
  const answer = await ctx.confluence.call(
    'PUT',
    `/pages/${pageId}`,
    {
      id: pageId,
      status: 'current',
      title: current.title,
      body: { representation: 'storage', value: storage },
      version: { number: current.version + 1 },
    },
    otherLead,
  );
  expect(answer.status).toBe(200);
}

export async function setProgramme(ismsSpaceKey: string | null) {
  const current = await services.store.get('auditProgramme', programmeId);
  await services.store.apply({
    entity: 'auditProgramme',
    id: programmeId,
    before: current,
    after: AuditProgramme.parse({ cycleStart: '2026-01-01', cycleLengthMonths: 12, ismsSpaceKey }),
    actor: manager,
    at: services.clock.now(),
  });
}

export async function changePlan(plan: Partial<AuditPlanContentInput>) {
  const current = await stored();
  await services.store.apply({
    entity: 'audit',
    id: 'audit_1',
    before: current,
    after: AuditRecord.parse({ ...current.record, plan: { ...current.record.plan, ...plan } }),
    actor: lead,
    at: services.clock.now(),
  });
}

// Each publishPlan.*.test.ts calls this once: every test starts from the same programme, area, audit and ISMS space.
export function usePublishingFixture(): void {
  beforeEach(async () => {
    ctx = await appServicesForTest(names);
    services = ctx.services;
    await grantRoles(services, {
      [manager]: ['programmeManager'],
      [lead]: ['leadAuditor'],
      [otherLead]: ['leadAuditor'],
      [auditor]: ['auditor'],
      [auditee]: ['auditee'],
      [viewer]: ['viewer'],
    });
    const area = await call(
      'saveAuditableArea',
      {
        expectedVersion: 0,
        area: {
          name: 'IT operations',
          ownerId: owner,
          memberIds: [auditee, auditor],
          likelihood: 4,
          impact: 5,
          itemIds: ['A.8.13', 'A.8.15', '9.2'],
        },
      },
      manager,
    );
    areaId = area.value.id;
    await setProgramme('ISMS');
    for (const accountId of [lead, auditor]) {
      await services.store.apply({
        entity: 'auditor',
        id: accountId,
        before: null,
        after: AuditorRecord.parse({
          accountId,
          domains: ['4', '5', '6', '7', '8', '9', '10', 'A'],
          certificates: [{ name: 'ISO/IEC 27001 Lead Auditor', issuedOn: '2024-01-15', expiresOn: '2028-06-30' }],
        }),
        actor: manager,
        at: services.clock.now(),
      });
    }
    await services.store.apply({
      entity: 'audit',
      id: 'audit_1',
      before: null,
      after: AuditRecord.parse({
        programmeId,
        plan: {
          title: auditTitle,
          areaIds: [areaId],
          itemIds: ['A.8.13', '9.2'],
          objectives: 'Confirm backups can be restored\nConfirm logs are kept for a year',
          criteria: 'ISO/IEC 27001:2022 and the backup policy BP-04',
          methods: 'Interviews, a restore test, review of log settings',
          resources: 'Two days, access to the backup console',
          leadAuditorId: lead,
          teamIds: [auditor],
          auditeeIds: [auditee, owner],
          plannedStart: '2026-11-30',
          plannedEnd: '2026-12-02',
        },
        state: 'planned',
        origin: { kind: 'manual' },
      }),
      actor: manager,
      at: services.clock.now(),
    });
    const spaces = await ctx.confluence.call('GET', '/spaces?keys=ISMS', undefined, manager);
    spaceId = (spaces.body as { results: Array<{ id: string }> }).results[0]!.id;
  });
  afterEach(() => ctx.close());
}
