// Pages: create, update with versions. Every exchange is checked against Atlassian's Confluence OpenAPI document (h.violations).
import { rahul } from '../../../sandbox/confluence/testHarness';
import {
  storage,
  adfBody,
  doc,
  h,
  spaceId,
  homepageId,
  expectNoViolations,
  create,
  update,
  usePagesHarness,
} from './confluence-pages-harness';

usePagesHarness();

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
