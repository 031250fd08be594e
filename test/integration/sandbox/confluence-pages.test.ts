import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { admin, confluenceHarness, rahul, sofia, type Harness } from '../../../sandbox/confluence/testHarness';

// Pages: create, read, update with versions, trash, restore, purge; permissions; persistence.
// Every exchange is checked against Atlassian's Confluence OpenAPI document (h.violations).

const storage = (value: string) => ({ representation: 'storage', value });
const adfBody = (doc: object) => ({ representation: 'atlas_doc_format', value: JSON.stringify(doc) });
const doc = (...content: object[]) => ({ type: 'doc', version: 1, content });

let h: Harness;
let spaceId: string;
let homepageId: string;

beforeEach(() => {
  h = confluenceHarness();
  ({ id: spaceId, homepageId } = h.emulator.createSpace({
    key: 'ISMS',
    name: 'ISMS',
    permissions: { [rahul]: ['read', 'write'], [sofia]: ['read'] },
  }));
});

afterEach(() => {
  h.close();
});

function expectNoViolations(): void {
  expect(h.violations).toEqual([]);
}

async function create(title: string, extra: Record<string, unknown> = {}, as = 'app') {
  const answer = await h.call(
    'POST',
    '/pages',
    { spaceId, status: 'current', title, body: storage('<p>v1</p>'), ...extra },
    as,
  );
  expect(answer.status).toBe(200);
  return answer.body as any;
}

async function update(id: string, number: number, title: string, value: string, message?: string) {
  return h.call('PUT', `/pages/${id}`, {
    id,
    status: 'current',
    title,
    body: storage(value),
    version: { number, ...(message ? { message } : {}) },
  });
}

describe('POST /pages', () => {
  it('creates a page under the space homepage and answers 200 with the page and its body', async () => {
    const page = await create('Audit report A-1', {}, rahul);
    expect(page).toMatchObject({
      status: 'current',
      title: 'Audit report A-1',
      spaceId,
      parentId: homepageId,
      parentType: 'page',
      authorId: rahul,
      version: { number: 1, authorId: rahul, minorEdit: false },
      body: { storage: { representation: 'storage', value: '<p>v1</p>' } },
    });
    expect(page.id).toMatch(/^\d+$/);
    expect(page._links.webui).toBe(`/spaces/ISMS/pages/${page.id}/Audit+report+A-1`);
    expect(page._links.base).toMatch(/^https:\/\/.+\/wiki$/);
    expectNoViolations();
  });

  it('accepts the nested body form, a parent page, and root-level pages without a parent', async () => {
    const parent = await create('Parent');
    const child = await h.call('POST', '/pages', {
      spaceId,
      title: 'Child',
      parentId: parent.id,
      body: { storage: storage('<p>nested</p>') },
    });
    expect(child.status).toBe(200);
    expect((child.body as any).parentId).toBe(parent.id);
    const root = await h.call('POST', '/pages?root-level=true', { spaceId, title: 'Root', body: storage('') });
    expect(root.status).toBe(200);
    expect((root.body as any).parentId).toBeUndefined();
    expectNoViolations();
  });

  it('refuses a duplicate title in the space (any case) with 400, like Confluence', async () => {
    await create('Management review 2026');
    const again = await h.call('POST', '/pages', { spaceId, title: 'management REVIEW 2026', body: storage('') });
    expect(again.status).toBe(400);
    expect((again.body as any).errors[0]).toMatchObject({
      status: 400,
      title: expect.stringContaining('A page with this title already exists'),
    });
    const otherSpace = h.emulator.createSpace({ key: 'OTHER', name: 'Other' });
    const elsewhere = await h.call('POST', '/pages', {
      spaceId: otherSpace.id,
      title: 'Management review 2026',
      body: storage(''),
    });
    expect(elsewhere.status).toBe(200);
    expectNoViolations();
  });

  it('answers 404 for an unknown space and 400 for a missing title, a parent in another space or a draft', async () => {
    expect((await h.call('POST', '/pages', { spaceId: '999999', title: 'X', body: storage('') })).status).toBe(404);
    expect((await h.call('POST', '/pages', { spaceId, body: storage('') })).status).toBe(400);
    const other = h.emulator.createSpace({ key: 'OTHER', name: 'Other' });
    const wrongParent = await h.call('POST', '/pages', {
      spaceId,
      title: 'X',
      parentId: other.homepageId,
      body: storage(''),
    });
    expect(wrongParent.status).toBe(400);
    const draft = await h.call('POST', '/pages', { spaceId, status: 'draft', title: 'X', body: storage('') });
    expect(draft.status).toBe(400);
    expect((draft.body as any).errors[0].title).toMatch(/not emulated/);
    expectNoViolations();
  });

  it('refuses invalid ADF and malformed storage with 400, saying what is wrong', async () => {
    const badAdf = await h.call('POST', '/pages', {
      spaceId,
      title: 'Bad ADF',
      body: adfBody(doc({ type: 'paragraph', content: [{ type: 'text', text: '' }] })),
    });
    expect(badAdf.status).toBe(400);
    expect((badAdf.body as any).errors[0].title).toMatch(/invalid ADF document/);
    const notJson = await h.call('POST', '/pages', {
      spaceId,
      title: 'Not JSON',
      body: { representation: 'atlas_doc_format', value: '{nope' },
    });
    expect(notJson.status).toBe(400);
    const badXml = await h.call('POST', '/pages', { spaceId, title: 'Bad XML', body: storage('<p>a<br></p>') });
    expect(badXml.status).toBe(400);
    expect((badXml.body as any).errors[0].title).toMatch(/Error parsing xhtml/);
    // The contract layer flags the two invalid ADF bodies in the requests too; every answer is valid.
    expect(h.violations).toEqual([
      expect.objectContaining({
        where: 'request',
        message: expect.stringMatching(/^body\/body\/value\(parsed\)\/content\/0/),
      }),
      expect.objectContaining({
        where: 'request',
        message: expect.stringMatching(/^body\/body\/value must be an ADF document/),
      }),
    ]);
  });
});

describe('GET /pages/{id}', () => {
  it('answers the page without a body unless body-format asks for one', async () => {
    const page = await create('Report');
    const plain = await h.call('GET', `/pages/${page.id}`);
    expect(plain.status).toBe(200);
    expect((plain.body as any).body).toEqual({});
    const withBody = await h.call('GET', `/pages/${page.id}?body-format=storage`);
    expect((withBody.body as any).body.storage.value).toBe('<p>v1</p>');
    expectNoViolations();
  });

  it('answers 404 for an unknown page and 400 for a malformed id or an unemulated body format', async () => {
    expect((await h.call('GET', '/pages/123456789')).status).toBe(404);
    const malformed = await h.call('GET', '/pages/abc');
    expect(malformed.status).toBe(400);
    const view = await h.call('GET', `/pages/${homepageId}?body-format=view`);
    expect(view.status).toBe(400);
    expect((view.body as any).errors[0].title).toMatch(/not emulated/);
    // `abc` is not an int64, which the contract layer reports on the request.
    expect(h.violations.map((v) => v.where)).toEqual(['request']);
  });
});

describe('PUT /pages/{id} and versions', () => {
  it('needs the current version + 1, answers 409 for a stale one, and keeps every version readable', async () => {
    const page = await create('Report');
    h.setNow('2026-03-03T10:00:00.000Z');
    const v2 = await update(page.id, 2, 'Report (final)', '<p>v2</p>', 'Final');
    expect(v2.status).toBe(200);
    expect((v2.body as any).version).toMatchObject({
      number: 2,
      message: 'Final',
      createdAt: '2026-03-03T10:00:00.000Z',
    });

    const stale = await update(page.id, 2, 'Report (final)', '<p>lost update</p>');
    expect(stale.status).toBe(409);
    expect((stale.body as any).errors[0]).toEqual({
      status: 409,
      code: 'CONFLICT',
      title: 'Version must be incremented when updating a page. Current Version: [2]. Provided version: [2]',
      detail: null,
    });
    expect((await update(page.id, 4, 'Report (final)', '<p>skip</p>')).status).toBe(409);

    const old = await h.call('GET', `/pages/${page.id}?version=1&body-format=storage`);
    expect(old.body).toMatchObject({
      title: 'Report',
      status: 'historical',
      version: { number: 1 },
      body: { storage: { value: '<p>v1</p>' } },
    });
    const current = await h.call('GET', `/pages/${page.id}?body-format=storage`);
    expect(current.body).toMatchObject({
      title: 'Report (final)',
      status: 'current',
      body: { storage: { value: '<p>v2</p>' } },
    });
    expect((await h.call('GET', `/pages/${page.id}?version=7`)).status).toBe(404);

    const versions = await h.call('GET', `/pages/${page.id}/versions?body-format=storage`);
    expect(versions.status).toBe(200);
    expect((versions.body as any).results).toEqual([
      expect.objectContaining({
        number: 2,
        message: 'Final',
        page: {
          id: page.id,
          title: 'Report (final)',
          body: { storage: { representation: 'storage', value: '<p>v2</p>' } },
        },
      }),
      expect.objectContaining({ number: 1, page: expect.objectContaining({ title: 'Report' }) }),
    ]);
    const ascending = await h.call('GET', `/pages/${page.id}/versions?sort=modified-date&limit=1`);
    expect((ascending.body as any).results.map((v: any) => v.number)).toEqual([1]);
    expect((ascending.body as any)._links.next).toContain('cursor=');
    const next = await h.call('GET', (ascending.body as any)._links.next);
    expect((next.body as any).results.map((v: any) => v.number)).toEqual([2]);
    expectNoViolations();
  });

  it('answers 400 for a duplicate title, another space, a mismatched id, and 404 for an unknown page or parent', async () => {
    const a = await create('A');
    await create('B');
    expect((await update(a.id, 2, 'B', '<p/>')).status).toBe(400);
    const moved = await h.call('PUT', `/pages/${a.id}`, {
      id: a.id,
      status: 'current',
      title: 'A',
      spaceId: '1',
      body: storage(''),
      version: { number: 2 },
    });
    expect(moved.status).toBe(400);
    const mismatched = await h.call('PUT', `/pages/${a.id}`, {
      id: homepageId,
      status: 'current',
      title: 'A',
      body: storage(''),
      version: { number: 2 },
    });
    expect(mismatched.status).toBe(400);
    expect((await update('987654', 2, 'A', '<p/>')).status).toBe(404);
    const noParent = await h.call('PUT', `/pages/${a.id}`, {
      id: a.id,
      status: 'current',
      title: 'A',
      parentId: '987654',
      body: storage(''),
      version: { number: 2 },
    });
    expect(noParent.status).toBe(404);
    expectNoViolations();
  });

  it('moves a page under another parent but never under itself or its descendants', async () => {
    const a = await create('A');
    const b = await create('B', { parentId: a.id });
    const cycle = await h.call('PUT', `/pages/${a.id}`, {
      id: a.id,
      status: 'current',
      title: 'A',
      parentId: b.id,
      body: storage('<p>v1</p>'),
      version: { number: 2 },
    });
    expect(cycle.status).toBe(400);
    const moved = await h.call('PUT', `/pages/${b.id}`, {
      id: b.id,
      status: 'current',
      title: 'B',
      parentId: homepageId,
      body: storage('<p>v1</p>'),
      version: { number: 2 },
    });
    expect((moved.body as any).parentId).toBe(homepageId);
    expectNoViolations();
  });
});

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

describe('GET /pages', () => {
  it('filters by space, title and status, and pages with a cursor through _links.next and the Link header', async () => {
    for (let i = 1; i <= 5; i++) await create(`Page ${i}`);
    const other = h.emulator.createSpace({ key: 'OTHER', name: 'Other' });
    const first = await h.call('GET', `/pages?space-id=${spaceId}&limit=2&sort=title`);
    const body = first.body as any;
    expect(body.results.map((p: any) => p.title)).toEqual(['ISMS Home', 'Page 1']);
    expect(body._links.next).toMatch(/^\/wiki\/api\/v2\/pages\?.*cursor=/);
    expect(first.headers?.link).toBe(`<${body._links.next}>; rel="next"`);
    const titles: string[] = body.results.map((p: any) => p.title);
    let next: string | undefined = body._links.next;
    while (next) {
      const page = (await h.call('GET', next)).body as any;
      titles.push(...page.results.map((p: any) => p.title));
      next = page._links.next;
    }
    expect(titles).toEqual(['ISMS Home', 'Page 1', 'Page 2', 'Page 3', 'Page 4', 'Page 5']);

    const byTitle = await h.call('GET', '/pages?title=Page%203&body-format=storage');
    expect((byTitle.body as any).results).toEqual([
      expect.objectContaining({
        title: 'Page 3',
        body: { storage: { representation: 'storage', value: '<p>v1</p>' } },
      }),
    ]);
    const inOther = await h.call('GET', `/pages?space-id=${other.id}`);
    expect((inOther.body as any).results.map((p: any) => p.title)).toEqual(['Other Home']);

    const p2 = (byTitle.body as any).results[0];
    await h.call('DELETE', `/pages/${p2.id}`);
    const trashed = await h.call('GET', `/pages?space-id=${spaceId}&status=trashed`);
    expect((trashed.body as any).results.map((p: any) => p.title)).toEqual(['Page 3']);
    expect((await h.call('GET', '/pages?limit=0')).status).toBe(400);
    expect((await h.call('GET', '/pages?cursor=garbage')).status).toBe(400);
    // limit=0 breaks the documented minimum, which the contract layer reports on the request.
    expect(h.violations.map((v) => `${v.where} ${v.message}`)).toEqual([
      expect.stringMatching(/^request query parameter 'limit'/),
    ]);
  });

  it('neither skips nor repeats a page created between two requests', async () => {
    for (let i = 1; i <= 4; i++) await create(`Page ${i}`);
    const first = (await h.call('GET', `/pages?space-id=${spaceId}&limit=3`)).body as any;
    await create('Page 5');
    const second = (await h.call('GET', first._links.next)).body as any;
    expect([...first.results, ...second.results].map((p: any) => p.title)).toEqual([
      'ISMS Home',
      'Page 1',
      'Page 2',
      'Page 3',
      'Page 4',
      'Page 5',
    ]);
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
