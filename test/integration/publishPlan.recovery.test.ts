import { dispatch } from '../../src/entry/dispatch';
import { planPageTitle } from '../../src/app/audits/planPage';
import type { ConfluenceAccess, ConfluencePages } from '../../src/ports/confluence';
import {
  manager,
  lead,
  ctx,
  services,
  serveWith,
  spaceId,
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
  it('[A11.7] adopts a page the app created before failing to save its id, instead of making a second one', async () => {
    const orphan = await services.confluence
      .asApp()
      .createPage({ spaceId, title: planPageTitle((await stored()).record.plan), storage: '<p>Half-written plan</p>' });
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
      return { ...real, asApp: () => pages(real.asApp()), asUser: (id) => pages(real.asUser(id)) };
    }

    it('refuses to overwrite a concurrent edit, and with replaceEditedPage reads again and retries once', async () => {
      const first = (await publish()).value;
      await changePlan({ resources: 'Three days' });
      serveWith({ ...ctx.services, confluence: racing(1, (id) => editInConfluence(id)) });
      const refused = await publish();
      expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', field: 'replaceEditedPage' } });
      expect((await stored()).record.planPage).toMatchObject({ version: 1 });

      await editInConfluence(first.pageId, '<p>Another edit</p>');
      serveWith({
        ...ctx.services,
        confluence: racing(1, (id) => editInConfluence(id, '<p>Edit while publishing</p>')),
      });
      const replaced = await publish(lead, true);
      expect(replaced).toMatchObject({ ok: true, value: { pageId: first.pageId, version: 5 } });
      expect((await pageBody(first.pageId)).storage).toContain('Three days');
      expect((await stored()).record.planPage).toMatchObject({ version: 5 });
    });

    it('gives up with a conflict when the page changes again during the retry', async () => {
      const first = (await publish()).value;
      await changePlan({ resources: 'Three days' });
      serveWith({ ...ctx.services, confluence: racing(2, (id) => editInConfluence(id)) });
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
});
