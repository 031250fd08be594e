import { confluenceHarness, rahul, sofia, type Harness } from '../../../sandbox/confluence/testHarness';

// Spaces (list, filters, paging, by id) and page content properties (CRUD with versions).

let h: Harness;

beforeEach(() => {
  h = confluenceHarness();
});

afterEach(() => {
  h.close();
});

function expectNoViolations(): void {
  expect(h.violations).toEqual([]);
}

describe('GET /spaces', () => {
  it('lists spaces with a keys filter, sorting and cursor paging', async () => {
    for (const key of ['ISMS', 'HR', 'OPS', 'FIN']) h.emulator.createSpace({ key, name: `${key} space` });
    const all = (await h.call('GET', '/spaces')).body as any;
    expect(all.results.map((s: any) => s.key)).toEqual(['ISMS', 'HR', 'OPS', 'FIN']);
    expect(all._links.next).toBeUndefined();
    expect(all.results[0]).toMatchObject({
      type: 'global',
      status: 'current',
      name: 'ISMS space',
      _links: { webui: '/spaces/ISMS' },
    });

    const filtered = (await h.call('GET', '/spaces?keys=OPS,ISMS')).body as any;
    expect(filtered.results.map((s: any) => s.key)).toEqual(['ISMS', 'OPS']);

    const first = await h.call('GET', '/spaces?sort=-key&limit=3');
    const body = first.body as any;
    expect(body.results.map((s: any) => s.key)).toEqual(['OPS', 'ISMS', 'HR']);
    expect(first.headers?.link).toContain('rel="next"');
    const second = (await h.call('GET', body._links.next)).body as any;
    expect(second.results.map((s: any) => s.key)).toEqual(['FIN']);
    expect(second._links.next).toBeUndefined();

    const ids = (await h.call('GET', `/spaces?ids=${all.results[1].id}`)).body as any;
    expect(ids.results.map((s: any) => s.key)).toEqual(['HR']);
    expectNoViolations();
  });

  it('answers what a site without labels, favourites or archived spaces would', async () => {
    h.emulator.createSpace({ key: 'ISMS', name: 'ISMS' });
    for (const query of ['labels=iso', `favorited-by=${rahul}`, 'status=archived', 'type=personal']) {
      expect(((await h.call('GET', `/spaces?${query}`)).body as any).results).toEqual([]);
    }
    expect(((await h.call('GET', `/spaces?not-favorited-by=${rahul}`)).body as any).results).toHaveLength(1);
    const described = (await h.call('GET', '/spaces?description-format=plain')).body as any;
    expect(described.results[0].description).toEqual({ plain: { representation: 'plain', value: '' } });
    expect((await h.call('GET', '/spaces?sort=colour')).status).toBe(400);
    // sort=colour is outside the documented enum: the contract layer reports the request.
    expect(h.violations.map((v) => v.where)).toEqual(['request']);
  });

  it('shows a user only the spaces they may read', async () => {
    h.emulator.createSpace({ key: 'OPEN', name: 'Open' });
    const closed = h.emulator.createSpace({ key: 'CLOSED', name: 'Closed', permissions: { [rahul]: ['read'] } });
    const asSofia = (await h.call('GET', '/spaces', undefined, sofia)).body as any;
    expect(asSofia.results.map((s: any) => s.key)).toEqual(['OPEN']);
    const asRahul = (await h.call('GET', '/spaces', undefined, rahul)).body as any;
    expect(asRahul.results.map((s: any) => s.key)).toEqual(['OPEN', 'CLOSED']);
    expect((await h.call('GET', `/spaces/${closed.id}`, undefined, sofia)).status).toBe(404);
    expectNoViolations();
  });
});

describe('GET /spaces/{id}', () => {
  it('answers the space with its homepage, and 404 for an unknown one', async () => {
    const { id, homepageId } = h.emulator.createSpace({ key: 'ISMS', name: 'ISMS' });
    const space = await h.call('GET', `/spaces/${id}`);
    expect(space.status).toBe(200);
    expect(space.body).toMatchObject({
      id,
      key: 'ISMS',
      homepageId,
      _links: { webui: '/spaces/ISMS', base: expect.any(String) },
    });
    const home = (await h.call('GET', `/pages/${homepageId}`)).body as any;
    expect(home.title).toBe('ISMS Home');
    expect((await h.call('GET', '/spaces/424242')).status).toBe(404);
    expectNoViolations();
  });
});

describe('page properties', () => {
  let pageId: string;

  beforeEach(async () => {
    const space = h.emulator.createSpace({
      key: 'ISMS',
      name: 'ISMS',
      permissions: { [rahul]: ['read', 'write'], [sofia]: ['read'] },
    });
    pageId = space.homepageId;
  });

  const base = () => `/pages/${pageId}/properties`;

  it('creates, reads, updates with the next version, and deletes a property', async () => {
    const created = await h.call(
      'POST',
      base(),
      { key: 'audit-report', value: { auditId: 'A-1', generated: true } },
      rahul,
    );
    expect(created.status).toBe(200);
    const property = created.body as any;
    expect(property).toMatchObject({
      key: 'audit-report',
      value: { auditId: 'A-1', generated: true },
      version: { number: 1, authorId: rahul },
    });

    expect((await h.call('GET', `${base()}/${property.id}`)).body).toEqual(property);
    h.setNow('2026-03-05T12:00:00.000Z');
    const updated = await h.call('PUT', `${base()}/${property.id}`, {
      key: 'audit-report',
      value: { auditId: 'A-1', generated: false },
      version: { number: 2, message: 'regenerated' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      value: { auditId: 'A-1', generated: false },
      version: { number: 2, message: 'regenerated', createdAt: '2026-03-05T12:00:00.000Z' },
    });

    const stale = await h.call('PUT', `${base()}/${property.id}`, {
      key: 'audit-report',
      value: 1,
      version: { number: 2 },
    });
    expect(stale.status).toBe(409);
    expect((stale.body as any).errors[0]).toMatchObject({ status: 409, code: 'CONFLICT' });

    const renamed = await h.call('PUT', `${base()}/${property.id}`, { key: 'other', value: 1, version: { number: 3 } });
    expect(renamed.status).toBe(400);

    expect(await h.call('DELETE', `${base()}/${property.id}`)).toEqual({ status: 204, body: undefined });
    expect((await h.call('GET', `${base()}/${property.id}`)).status).toBe(404);
    expectNoViolations();
  });

  it('lists properties with a key filter, sorting and paging; a duplicate key is refused', async () => {
    for (const key of ['c', 'a', 'b']) await h.call('POST', base(), { key, value: key.toUpperCase() });
    expect((await h.call('POST', base(), { key: 'a', value: 'again' })).status).toBe(409);
    expect((await h.call('POST', base(), { key: 'no-value' })).status).toBe(400);
    const byKey = (await h.call('GET', `${base()}?key=b`)).body as any;
    expect(byKey.results.map((p: any) => p.value)).toEqual(['B']);
    const sorted = (await h.call('GET', `${base()}?sort=key&limit=2`)).body as any;
    expect(sorted.results.map((p: any) => p.key)).toEqual(['a', 'b']);
    const rest = (await h.call('GET', sorted._links.next)).body as any;
    expect(rest.results.map((p: any) => p.key)).toEqual(['c']);
    const created = (await h.call('GET', base())).body as any;
    expect(created.results.map((p: any) => p.key)).toEqual(['c', 'a', 'b']);
    expectNoViolations();
  });

  it('needs read access to read and write access to change; an unknown page is a 404', async () => {
    const property = (await h.call('POST', base(), { key: 'k', value: 1 })).body as any;
    expect((await h.call('GET', `${base()}/${property.id}`, undefined, sofia)).status).toBe(200);
    expect((await h.call('POST', base(), { key: 'x', value: 1 }, sofia)).status).toBe(404);
    expect(
      (await h.call('PUT', `${base()}/${property.id}`, { key: 'k', value: 2, version: { number: 2 } }, sofia)).status,
    ).toBe(404);
    expect((await h.call('DELETE', `${base()}/${property.id}`, undefined, sofia)).status).toBe(404);
    expect((await h.call('GET', '/pages/31337/properties')).status).toBe(404);
    expect((await h.call('GET', `${base()}/31337`)).status).toBe(404);
    expectNoViolations();
  });
});
