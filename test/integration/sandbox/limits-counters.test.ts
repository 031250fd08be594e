import type { ProductRequest } from '../../../sandbox/platform/product';
import { Counters, pathTemplate, routeKey } from '../../../sandbox/platform/limits';

const request = (method: string, path: string, product: ProductRequest['product'] = 'jira'): ProductRequest => ({
  product,
  provider: 'app',
  accountId: undefined,
  method,
  path,
  body: undefined,
});

describe('route templates', () => {
  it.each([
    ['/rest/api/3/issue/NC-12', '/rest/api/3/issue/{issueIdOrKey}'],
    ['/rest/api/2/issue/NC-12', '/rest/api/2/issue/{issueIdOrKey}'],
    ['/rest/atlassian-connect/1/app/module/dynamic', '/rest/atlassian-connect/1/app/module/dynamic'],
    ['/rest/api/3/issue/10001?fields=summary,status', '/rest/api/3/issue/{issueIdOrKey}'],
    ['/rest/api/3/issue/NC-12/transitions', '/rest/api/3/issue/{issueIdOrKey}/transitions'],
    ['/rest/api/3/issue/NC-12/properties/iso27001.audit', '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}'],
    ['/rest/api/3/issue/bulk', '/rest/api/3/issue/bulk'],
    ['/rest/api/3/issue/bulkfetch', '/rest/api/3/issue/bulkfetch'],
    ['/rest/api/3/issue/NC-7/comment/10200', '/rest/api/3/issue/{issueIdOrKey}/comment/{id}'],
    ['/rest/api/3/project/NC', '/rest/api/3/project/{projectIdOrKey}'],
    ['/rest/api/3/project/10000/statuses', '/rest/api/3/project/{projectIdOrKey}/statuses'],
    ['/rest/api/3/project/search?maxResults=50', '/rest/api/3/project/search'],
    ['/rest/api/2/app/field/customfield_10010/value', '/rest/api/2/app/field/{fieldIdOrKey}/value'],
    ['/rest/api/3/field/search', '/rest/api/3/field/search'],
    ['/rest/api/3/search/jql?jql=project%20%3D%20NC', '/rest/api/3/search/jql'],
    ['/wiki/api/v2/pages/65539', '/wiki/api/v2/pages/{id}'],
    ['/wiki/api/v2/pages/65539/properties/98', '/wiki/api/v2/pages/{id}/properties/{id}'],
    ['/wiki/rest/api/space/ISMS/content', '/wiki/rest/api/space/{spaceKey}/content'],
    ['/wiki/api/v2/spaces/1e2b3c4d-0000-4000-8000-123456789abc', '/wiki/api/v2/spaces/{id}'],
  ])('%s → %s', (path, template) => {
    expect(pathTemplate(path)).toBe(template);
  });

  it('prefixes the method, upper-cased', () => {
    expect(routeKey('get', '/rest/api/3/issue/NC-1')).toBe('GET /rest/api/3/issue/{issueIdOrKey}');
  });
});

describe('counters', () => {
  it('counts calls per product and per route, answers per status, and 429s', async () => {
    let sql = 100;
    const counters = new Counters({ sqlStatements: () => sql });
    const statuses = [200, 200, 404, 429, 201];
    const handler = counters.wrap(async () => ({ status: statuses.shift() ?? 200, body: {} }));
    await handler(request('GET', '/rest/api/3/issue/NC-1'));
    await handler(request('GET', '/rest/api/3/issue/NC-2?fields=summary'));
    await handler(request('GET', '/rest/api/3/issue/10003'));
    await handler(request('PUT', '/wiki/api/v2/pages/5', 'confluence'));
    await handler(request('POST', '/rest/api/3/issue'));
    counters.recordPoints('jira', 31);
    counters.recordPoints('confluence', 2);
    counters.recordFault('500');
    counters.recordFault('500');
    counters.recordFault('slow');
    counters.recordEvent('delivered');
    counters.recordEvent('dropped');
    sql = 142;

    const snapshot = counters.snapshot();
    expect(snapshot).toEqual({
      calls: { jira: 4, confluence: 1, total: 5 },
      routes: {
        'GET /rest/api/3/issue/{issueIdOrKey}': 3,
        'POST /rest/api/3/issue': 1,
        'PUT /wiki/api/v2/pages/{id}': 1,
      },
      statuses: { '200': 2, '201': 1, '404': 1, '429': 1 },
      points: { jira: 31, confluence: 2, total: 33 },
      tooManyRequests: { jira: 0, confluence: 1, total: 1 },
      faults: { total: 3, byKind: { '500': 2, slow: 1 } },
      events: { delivered: 1, dropped: 1, duplicated: 0, retried: 0, failed: 0 },
      sqlStatements: 42,
    });
    // A snapshot is a copy.
    snapshot.calls.total = 999;
    expect(counters.snapshot().calls.total).toBe(5);

    counters.reset();
    sql = 150;
    expect(counters.snapshot()).toEqual({
      calls: { jira: 0, confluence: 0, total: 0 },
      routes: {},
      statuses: {},
      points: { jira: 0, confluence: 0, total: 0 },
      tooManyRequests: { jira: 0, confluence: 0, total: 0 },
      faults: { total: 0, byKind: {} },
      events: { delivered: 0, dropped: 0, duplicated: 0, retried: 0, failed: 0 },
      sqlStatements: 8,
    });
  });

  it('leaves sqlStatements out without a getter, and counts a call whose handler throws', async () => {
    const counters = new Counters();
    const handler = counters.wrap(async () => {
      throw new Error('emulator bug');
    });
    await expect(handler(request('GET', '/rest/api/3/myself'))).rejects.toThrow('emulator bug');
    const snapshot = counters.snapshot();
    expect(snapshot.calls.total).toBe(1);
    expect(snapshot.statuses).toEqual({});
    expect('sqlStatements' in snapshot).toBe(false);
  });
});
