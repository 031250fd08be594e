import {
  manager,
  lead,
  auditor,
  pageTitle,
  ctx,
  services,
  areaId,
  call,
  publish,
  trailLength,
  stored,
  planPagesInSpace,
  pageBody,
  editInConfluence,
  changePlan,
  usePublishingFixture,
} from './publishPlan.fixture';

usePublishingFixture();

describe('publishing an audit plan to Confluence', () => {
  it('[ISO9.2.2] writes one storage-format page in the ISMS space with the whole plan, markup shown as text', async () => {
    const published = await publish();
    expect(published).toMatchObject({
      ok: true,
      value: { version: 1, title: pageTitle, spaceKey: 'ISMS', created: true },
    });
    expect(published.value.url).toBe(`/wiki/spaces/ISMS/pages/${published.value.pageId}`);
    const pages = await planPagesInSpace();
    expect(pages).toHaveLength(1);
    expect(pages[0]!.id).toBe(published.value.pageId);

    const { storage } = await pageBody(published.value.pageId);
    expect(storage).not.toContain('<script>');
    expect(storage).toContain('<h1>Backups &lt;script&gt;alert(1)&lt;/script&gt; &amp; logging</h1>');
    for (const text of [
      '2026-01-01 to 2026-12-31 (12 months)',
      '<td>Planned</td>',
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
      'Published by the ISO 27001 audit app from the audit record, version 1',
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
    expect(page.storage).toContain('from the audit record, version 3');
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
});
