import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import { planPageTitle } from '../../src/app/audits/planPage';
import { AuditProgramme, programmeIdFor } from '../../src/domain/programme/auditProgramme';
import { AuditRecord, type AuditPlanContentInput } from '../../src/domain/audits/auditPlan';
import { AuditorRecord } from '../../src/domain/auditors/auditorRecord';
import type { ConfluenceAccess, ConfluencePages } from '../../src/ports/confluence';
import { appServicesForTest, grantRoles } from '../support/appServices';

const manager = 'acct-manager';
const lead = 'acct-lead';
const otherLead = 'acct-lead-2';
const auditor = 'acct-auditor';
const auditee = 'acct-auditee';
const viewer = 'acct-viewer';
const owner = 'acct-olu';
const names = {
  [manager]: 'Aoife Brennan',
  [lead]: 'Rahul Mehta',
  [otherLead]: 'Sofia Lindqvist',
  [auditor]: 'Hannah Weber',
  [auditee]: 'Tomás Ruiz',
  [viewer]: 'Grace Okafor',
  [owner]: 'Olu Adeyemi',
};
const programmeId = programmeIdFor('2026-01-01');
const auditTitle = 'Backups <script>alert(1)</script> & logging';
const pageTitle = `Audit plan – ${auditTitle} (audit_1)`;

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
let areaId: string;
let spaceId: string;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;
const publish = (who = lead, replaceEditedPage?: boolean) =>
  call(
    'publishAuditPlan',
    { auditId: 'audit_1', ...(replaceEditedPage === undefined ? {} : { replaceEditedPage }) },
    who,
  );
const trailLength = async () => (await services.trail.entries({ limit: 10_000 })).length;
const stored = async () => (await services.store.get('audit', 'audit_1'))!;

/** Reads Confluence directly (as a person would), not through the app. */
async function planPagesInSpace(): Promise<Array<{ id: string; title: string; version: { number: number } }>> {
  const answer = await ctx.confluence.call('GET', `/pages?space-id=${spaceId}&limit=250`, undefined, manager);
  const pages = (answer.body as { results: Array<{ id: string; title: string; version: { number: number } }> }).results;
  return pages.filter((page) => page.title.startsWith('Audit plan'));
}
async function pageBody(pageId: string): Promise<{ version: number; storage: string; title: string }> {
  const answer = await ctx.confluence.call('GET', `/pages/${pageId}?body-format=storage`, undefined, manager);
  const page = answer.body as { title: string; version: { number: number }; body: { storage: { value: string } } };
  return { version: page.version.number, storage: page.body.storage.value, title: page.title };
}
/** Someone changes the page in Confluence's editor. */
async function editInConfluence(pageId: string, storage = '<p>Agenda moved to Tuesday</p>') {
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

async function setProgramme(ismsSpaceKey: string | null) {
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

async function changePlan(plan: Partial<AuditPlanContentInput>) {
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

describe('publishing an audit plan to Confluence', () => {
  it('[ISO9.2.2] writes one storage-format page in the ISMS space with the whole plan, markup shown as text', async () => {
    const published = await publish();
    expect(published).toMatchObject({
      ok: true,
      value: { version: 1, title: pageTitle, spaceKey: 'ISMS', created: true },
    });
    expect(published.value.url).toMatch(/^\/wiki\/spaces\/ISMS\/pages\/\d+\//);
    const pages = await planPagesInSpace();
    expect(pages).toHaveLength(1);
    expect(pages[0]!.id).toBe(published.value.pageId);

    const { storage } = await pageBody(published.value.pageId);
    expect(storage).not.toContain('<script>');
    expect(storage).toContain('<h1>Backups &lt;script&gt;alert(1)&lt;/script&gt; &amp; logging</h1>');
    for (const text of [
      '2026-01-01 to 2026-12-31 (12 months)',
      '<td>planned</td>',
      '2026-11-30 to 2026-12-02',
      '<li>IT operations</li>',
      '<li>A.8.13 ',
      '<li>9.2 ',
      '<p>Confirm backups can be restored</p><p>Confirm logs are kept for a year</p>',
      'ISO/IEC 27001:2022 and the backup policy BP-04',
      'Interviews, a restore test, review of log settings',
      'Two days, access to the backup console',
      'Lead auditor: Rahul Mehta',
      'Auditor: Hannah Weber',
      '<li>Tomás Ruiz</li><li>Olu Adeyemi</li>',
      'Published by the ISO 27001 audit app from record audit_1 version 1',
    ]) {
      expect(storage).toContain(text);
    }
    // The page reference is saved on the audit, trailed like any other change.
    const audit = await stored();
    expect(audit.version).toBe(2);
    expect(audit.record.planPage).toMatchObject({
      pageId: published.value.pageId,
      spaceKey: 'ISMS',
      version: 1,
      title: pageTitle,
      publishedAt: '2026-11-24T09:00:00.000Z',
    });
    const [last] = (await services.trail.entries({ entityType: 'audit', limit: 10 })).slice(-1);
    expect(last).toMatchObject({ actor: lead, action: 'update' });
    // Confluence's editor works on ADF: every element the page uses converts without loss.
    const asAdf = await ctx.confluence.call(
      'GET',
      `/pages/${published.value.pageId}?body-format=atlas_doc_format`,
      undefined,
      manager,
    );
    expect(asAdf.status).toBe(200);
    expect(ctx.confluence.violations).toEqual([]);
  });

  it('[ISO9.2.2] shows each impartiality override with its justification, approver and signature time', async () => {
    const override = (id: string, justification: string) =>
      services.store.apply({
        entity: 'impartialityOverride',
        id,
        before: null,
        after: {
          auditId: 'audit_1',
          auditorId: auditor,
          areaId,
          reason: 'member' as const,
          justification,
          approvedBy: manager,
          approvedAt: services.clock.now().toISOString(),
        },
        actor: manager,
        at: services.clock.now(),
      });
    expect((await call('setSigningPassphrase', { newPassphrase: 'correct horse battery staple' }, manager)).ok).toBe(
      true,
    );
    ctx.clock.advanceMinutes(5);
    // Signed through its own action (signRecord refuses an override: it has rules of its own).
    const signed = await call(
      'overrideImpartiality',
      {
        auditId: 'audit_1',
        auditorId: auditor,
        areaId,
        justification: "Hannah's backup expertise is needed; the lead <b>reviews</b> her results",
        passphrase: 'correct horse battery staple',
      },
      manager,
    );
    expect(signed.ok).toBe(true);
    await override('override_2', 'A second override that nobody has signed yet');

    const published = await publish();
    const { storage } = await pageBody(published.value.pageId);
    expect(storage).toContain(
      '<li>Hannah Weber is a member of IT operations: Hannah&#39;s backup expertise is needed; the lead &lt;b&gt;reviews&lt;/b&gt; her results (approved by Aoife Brennan, signed 2026-11-24T09:05:00.000Z)</li>',
    );
    expect(storage).toContain(
      'A second override that nobody has signed yet (approved by Aoife Brennan, not signed yet',
    );
  });

  it('[ISO9.2.2] re-publishing updates the same page; with nothing changed it writes no new version', async () => {
    const first = (await publish()).value;
    const trailAfterFirst = await trailLength();
    const again = await publish(manager);
    expect(again).toMatchObject({ ok: true, value: { pageId: first.pageId, version: 1, created: false } });
    expect(await trailLength()).toBe(trailAfterFirst);

    await changePlan({ objectives: 'Confirm backups can be restored within 4 hours' });
    const updated = await publish();
    expect(updated).toMatchObject({ ok: true, value: { pageId: first.pageId, version: 2, created: false } });
    const page = await pageBody(first.pageId);
    expect(page.version).toBe(2);
    expect(page.storage).toContain('within 4 hours');
    expect(page.storage).toContain('from record audit_1 version 3');
    expect(await planPagesInSpace()).toHaveLength(1);
    expect((await stored()).record.planPage).toMatchObject({ pageId: first.pageId, version: 2 });
  });

  it('[ISO9.2.2] a page edited in Confluence is not overwritten unless the caller chooses to replace it', async () => {
    const first = (await publish()).value;
    await editInConfluence(first.pageId);
    await changePlan({ resources: 'Three days' });
    const before = await trailLength();
    const refused = await publish();
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', field: 'replaceEditedPage' } });
    expect(refused.error.message).toContain('version 1');
    expect(refused.error.message).toContain('version 2');
    expect(await trailLength()).toBe(before);
    expect(await pageBody(first.pageId)).toMatchObject({ version: 2, storage: '<p>Agenda moved to Tuesday</p>' });

    const replaced = await publish(lead, true);
    expect(replaced).toMatchObject({ ok: true, value: { pageId: first.pageId, version: 3, created: false } });
    expect((await pageBody(first.pageId)).storage).toContain('Three days');
    expect((await stored()).record.planPage).toMatchObject({ version: 3 });
    expect(await planPagesInSpace()).toHaveLength(1);
  });

  it('[A11.7] adopts a page the app created before failing to save its id, instead of making a second one', async () => {
    const orphan = await services.confluence
      .asApp()
      .createPage({ spaceId, title: planPageTitle(auditTitle, 'audit_1'), storage: '<p>Half-written plan</p>' });
    expect((await stored()).record.planPage).toBeNull();
    // The app has no record of that page, so it cannot tell it from anyone's: it asks before overwriting.
    expect(await publish()).toMatchObject({ ok: false, error: { code: 'conflict', field: 'replaceEditedPage' } });
    expect((await pageBody(orphan.id)).version).toBe(1);
    const published = await publish(lead, true);
    expect(published).toMatchObject({ ok: true, value: { pageId: orphan.id, version: 2, created: false } });
    expect(await planPagesInSpace()).toHaveLength(1);
    expect((await pageBody(orphan.id)).storage).toContain('Lead auditor: Rahul Mehta');
    expect((await stored()).record.planPage).toMatchObject({ pageId: orphan.id, version: 2 });
  });

  it('[A11.7] a plan page deleted in Confluence is created again on the next publish', async () => {
    const first = (await publish()).value;
    const deleted = await ctx.confluence.call('DELETE', `/pages/${first.pageId}`, undefined, manager);
    expect(deleted.status).toBe(204);
    const again = await publish();
    expect(again).toMatchObject({ ok: true, value: { version: 1, created: true } });
    expect(again.value.pageId).not.toBe(first.pageId);
    expect(await planPagesInSpace()).toHaveLength(1);
    expect((await stored()).record.planPage).toMatchObject({ pageId: again.value.pageId, version: 1 });
  });

  describe('when Confluence answers 409 because someone saved the page meanwhile', () => {
    /** The app's Confluence, where `beforeUpdate` runs just before each of the first `times` updates. */
    function racing(times: number, beforeUpdate: (pageId: string) => Promise<void>): ConfluenceAccess {
      const real = ctx.services.confluence;
      let left = times;
      const pages = (inner: ConfluencePages): ConfluencePages => ({
        spaceByKey: (key) => inner.spaceByKey(key),
        findPageByTitle: (space, title) => inner.findPageByTitle(space, title),
        mayAddPagesIn: (space) => inner.mayAddPagesIn(space),
        getPage: (id, version) => inner.getPage(id, version),
        createPage: (page) => inner.createPage(page),
        updatePage: async (page) => {
          if (left > 0) {
            left -= 1;
            await beforeUpdate(page.pageId);
          }
          return inner.updatePage(page);
        },
      });
      return { asApp: () => pages(real.asApp()), asUser: (id) => pages(real.asUser(id)) };
    }

    it('refuses to overwrite a concurrent edit, and with replaceEditedPage reads again and retries once', async () => {
      const first = (await publish()).value;
      await changePlan({ resources: 'Three days' });
      services = { ...ctx.services, confluence: racing(1, (id) => editInConfluence(id)) };
      const refused = await publish();
      expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', field: 'replaceEditedPage' } });
      expect((await stored()).record.planPage).toMatchObject({ version: 1 });

      await editInConfluence(first.pageId, '<p>Another edit</p>');
      services = {
        ...ctx.services,
        confluence: racing(1, (id) => editInConfluence(id, '<p>Edit while publishing</p>')),
      };
      const replaced = await publish(lead, true);
      expect(replaced).toMatchObject({ ok: true, value: { pageId: first.pageId, version: 5 } });
      expect((await pageBody(first.pageId)).storage).toContain('Three days');
      expect((await stored()).record.planPage).toMatchObject({ version: 5 });
    });

    it('gives up with a conflict when the page changes again during the retry', async () => {
      const first = (await publish()).value;
      await changePlan({ resources: 'Three days' });
      services = { ...ctx.services, confluence: racing(2, (id) => editInConfluence(id)) };
      const before = await trailLength();
      const refused = await publish(lead, true);
      expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(refused.error.message).toContain('changed by someone else');
      expect(await trailLength()).toBe(before);
      expect((await stored()).record.planPage).toMatchObject({ pageId: first.pageId, version: 1 });
    });

    it('accepts the page as it is when another publish of the same plan got there first', async () => {
      const first = (await publish()).value;
      await changePlan({ resources: 'Three days' });
      // Another invocation publishes the same plan just before this one writes.
      const raced = {
        ...ctx.services,
        confluence: racing(1, async () => {
          const rival = await dispatch('publishAuditPlan', { auditId: 'audit_1' }, manager, async () => ctx.services);
          expect(rival).toMatchObject({ ok: true, value: { version: 2 } });
        }),
      };
      const mine = dispatch('publishAuditPlan', { auditId: 'audit_1' }, lead, async () => raced);
      const outcome = (await mine) as any;
      expect(outcome).toMatchObject({ ok: true, value: { pageId: first.pageId, version: 2, created: false } });
      expect(await planPagesInSpace()).toHaveLength(1);
    });
  });

  it('[ISO9.2.2] says to choose the ISMS space first, or that the chosen space is missing — changing nothing', async () => {
    await setProgramme(null);
    const before = await trailLength();
    expect(await publish()).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'auditId', message: 'Choose the ISMS space of the programme first' },
    });
    await setProgramme('GONE');
    const missing = await publish();
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'auditId' } });
    expect(missing.error.message).toContain('GONE');
    expect(await trailLength()).toBe(before + 1);
    expect(await planPagesInSpace()).toHaveLength(0);
    expect(await call('publishAuditPlan', { auditId: 'audit_1', extra: true }, lead)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await call('publishAuditPlan', { auditId: 'audit_9' }, lead)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('[P11.10g] auditees, auditors, viewers and the lead of another audit cannot publish it — nothing changes', async () => {
    const before = await trailLength();
    for (const who of [auditee, auditor, viewer, otherLead]) {
      expect(await publish(who)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await trailLength()).toBe(before);
    expect(await planPagesInSpace()).toHaveLength(0);
  });
});
