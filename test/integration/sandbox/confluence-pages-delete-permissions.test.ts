// Pages: trash, restore, purge; permissions; unemulated endpoints; persistence.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { admin, confluenceHarness, rahul, sofia } from '../../../sandbox/confluence/testHarness';
import {
  storage,
  h,
  spaceId,
  homepageId,
  expectNoViolations,
  create,
  update,
  usePagesHarness,
} from './confluence-pages-harness';

usePagesHarness();

describe('DELETE /pages/{id}', () => {
  it('moves a page to the trash (204), hides it, frees its title, and moves its children up', async () => {
    const parent = await create('Parent');
    const child = await create('Child', { parentId: parent.id });
    const deleted = await h.call('DELETE', `/pages/${parent.id}`);
    expect(deleted).toEqual({ status: 204, body: undefined });
    expect((await h.call('GET', `/pages/${parent.id}`)).status).toBe(404);
    const trashed = await h.call('GET', `/pages/${parent.id}?status=trashed`);
    expect((trashed.body as any).status).toBe('trashed');
    expect(((await h.call('GET', `/pages/${child.id}`)).body as any).parentId).toBe(homepageId);
    await create('Parent');
    expect((await h.call('DELETE', `/pages/${parent.id}`)).status).toBe(404);
    expectNoViolations();
  });

  it('restores a trashed page with PUT status=current, unless its title was taken meanwhile', async () => {
    const page = await create('Report');
    await h.call('DELETE', `/pages/${page.id}`);
    const restore = () =>
      h.call('PUT', `/pages/${page.id}`, {
        id: page.id,
        status: 'current',
        title: 'Report',
        body: storage(''),
        version: { number: 2 },
      });
    const restored = await restore();
    expect(restored.status).toBe(200);
    expect((restored.body as any).version.number).toBe(1);
    await h.call('DELETE', `/pages/${page.id}`);
    await create('Report');
    expect((await restore()).status).toBe(400);
    expectNoViolations();
  });

  it('purges only trashed pages', async () => {
    const page = await create('Report');
    expect((await h.call('DELETE', `/pages/${page.id}?purge=true`)).status).toBe(400);
    await h.call('DELETE', `/pages/${page.id}`);
    expect((await h.call('DELETE', `/pages/${page.id}?purge=true`)).status).toBe(204);
    expect((await h.call('GET', `/pages/${page.id}?status=trashed`)).status).toBe(404);
    expectNoViolations();
  });
});

describe('permissions', () => {
  it('lets a reader read but not write (404 as the document says), and hides the space from others', async () => {
    const outsider = h.emulator.createSpace({ key: 'HR', name: 'HR', permissions: { [rahul]: ['read'] } });
    const page = await create('Report');
    expect((await h.call('GET', `/pages/${page.id}`, undefined, sofia)).status).toBe(200);
    const write = await h.call(
      'PUT',
      `/pages/${page.id}`,
      {
        id: page.id,
        status: 'current',
        title: 'Report',
        body: storage('<p>x</p>'),
        version: { number: 2 },
      },
      sofia,
    );
    expect(write.status).toBe(404);
    expect((write.body as any).errors[0].title).toMatch(/permission to update a page/);
    expect((await h.call('POST', '/pages', { spaceId, title: 'By Sofia', body: storage('') }, sofia)).status).toBe(404);
    expect((await h.call('DELETE', `/pages/${page.id}`, undefined, sofia)).status).toBe(404);
    expect((await h.call('GET', `/pages/${outsider.homepageId}`, undefined, sofia)).status).toBe(404);
    const listed = await h.call('GET', '/pages', undefined, sofia);
    expect((listed.body as any).results.map((p: any) => p.spaceId)).not.toContain(outsider.id);
    expectNoViolations();
  });

  it('lets the app and a site admin do everything, and refuses an anonymous request with 401', async () => {
    const page = await create('Report', {}, admin);
    expect(page.authorId).toBe(admin);
    const byApp = await update(page.id, 2, 'Report', '<p>app</p>');
    expect((byApp.body as any).version.authorId).toMatch(/^557058:/);
    const anonymous = await h.call('GET', `/pages/${page.id}`, undefined, 'none');
    expect(anonymous.status).toBe(401);
    expect((anonymous.body as any).errors[0].code).toBe('UNAUTHORIZED');
    expect((await h.call('GET', `/pages/${page.id}`, undefined, 'unknown-account')).status).toBe(401);
    expectNoViolations();
  });
});

describe('unemulated endpoints', () => {
  it('answers 501 for a documented endpoint the sandbox does not emulate', async () => {
    const answer = await h.call('GET', `/pages/${homepageId}/children`);
    expect(answer.status).toBe(501);
    expect((answer.body as any).errors[0].title).toMatch(/does not emulate/);
    // 501 is deliberately outside the document: the contract layer says so.
    expect(h.violations.map((v) => v.message)).toEqual([expect.stringMatching(/^status 501 is not documented/)]);
  });
});

describe('persistence', () => {
  it('keeps spaces, pages, versions and properties in the database file for a new emulator', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'confluence-'));
    const file = path.join(dir, 'site.sqlite');
    try {
      const first = confluenceHarness({ file });
      const space = first.emulator.createSpace({ key: 'KEEP', name: 'Kept' });
      const created = (
        await first.call('POST', '/pages', { spaceId: space.id, title: 'Kept page', body: storage('<p>1</p>') })
      ).body as any;
      await first.call('PUT', `/pages/${created.id}`, {
        id: created.id,
        status: 'current',
        title: 'Kept page',
        body: storage('<p>2</p>'),
        version: { number: 2 },
      });
      const property = (
        await first.call('POST', `/pages/${created.id}/properties`, { key: 'audit', value: { id: 'A-1' } })
      ).body as any;
      expect(first.violations).toEqual([]);
      first.close();

      const second = confluenceHarness({ file });
      expect(() => second.emulator.createSpace({ key: 'KEEP', name: 'Again' })).toThrow(/already exists/);
      const page = (await second.call('GET', `/pages/${created.id}?body-format=storage`)).body as any;
      expect(page).toMatchObject({
        title: 'Kept page',
        version: { number: 2 },
        body: { storage: { value: '<p>2</p>' } },
      });
      const old = (await second.call('GET', `/pages/${created.id}?version=1&body-format=storage`)).body as any;
      expect(old.body.storage.value).toBe('<p>1</p>');
      const kept = (await second.call('GET', `/pages/${created.id}/properties/${property.id}`)).body as any;
      expect(kept.value).toEqual({ id: 'A-1' });
      const next = (await second.call('POST', '/pages', { spaceId: space.id, title: 'New', body: storage('') }))
        .body as any;
      expect(Number(next.id)).toBeGreaterThan(Number(property.id));
      expect(second.violations).toEqual([]);
      second.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
