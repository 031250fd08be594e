// Pages: read one, list. Every exchange is checked against Atlassian's Confluence OpenAPI document (h.violations).
import { h, spaceId, homepageId, expectNoViolations, create, usePagesHarness } from './confluence-pages-harness';

usePagesHarness();

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
