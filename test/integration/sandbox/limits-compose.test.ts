import type { ProductAnswer, ProductRequest } from '../../../sandbox/platform/product';
import { Counters, createLimits, FaultInjector, RateLimiter, withLimits } from '../../../sandbox/platform/limits';

const request = (method: string, path: string, product: ProductRequest['product'] = 'jira'): ProductRequest => ({
  product,
  provider: 'app',
  accountId: undefined,
  method,
  path,
  body: undefined,
});

function fakeProduct(answer: (r: ProductRequest) => ProductAnswer) {
  const calls: ProductRequest[] = [];
  const handler = async (r: ProductRequest) => {
    calls.push(r);
    return answer(r);
  };
  return { calls, handler };
}

const searchAnswer = (n: number): ProductAnswer => ({
  status: 200,
  body: { issues: Array.from({ length: n }, (_, i) => ({ key: `NC-${i + 1}` })) },
});

describe('withLimits', () => {
  const now = new Date('2026-11-24T09:30:00Z');

  it('counts every call, charges points only for what reached the product, and refuses when spent', async () => {
    const product = fakeProduct((r) => (r.method === 'GET' ? searchAnswer(30) : { status: 201, body: { id: '1' } }));
    const rateLimiter = new RateLimiter({ clock: () => now, pointsPerWindow: 40 });
    const faults = new FaultInjector({
      plan: {
        script: [
          { call: 2, kind: '500' },
          { call: 3, kind: '500-after' },
        ],
      },
    });
    const counters = new Counters();
    const handler = withLimits(product.handler, { rateLimiter, faults, counters });

    expect((await handler(request('GET', '/rest/api/3/search/jql?jql=x'))).status).toBe(200); // 31 points
    expect((await handler(request('POST', '/rest/api/3/issue'))).status).toBe(500); // injected: not charged
    expect((await handler(request('POST', '/rest/api/3/issue'))).status).toBe(500); // 500-after: 1 point
    expect((await handler(request('GET', '/rest/api/3/search/jql?jql=y'))).status).toBe(200); // 31 → 63
    const refused = await handler(request('PUT', '/rest/api/3/issue/NC-3'));
    expect(refused.status).toBe(429);
    expect(refused.headers?.['Retry-After']).toBe('1800');

    expect(product.calls.map((c) => c.method)).toEqual(['GET', 'POST', 'GET']);
    expect(counters.snapshot()).toEqual({
      calls: { jira: 5, confluence: 0, total: 5 },
      routes: {
        'GET /rest/api/3/search/jql': 2,
        'POST /rest/api/3/issue': 2,
        'PUT /rest/api/3/issue/{issueIdOrKey}': 1,
      },
      statuses: { '200': 2, '429': 1, '500': 2 },
      points: { jira: 63, confluence: 0, total: 63 },
      tooManyRequests: { jira: 1, confluence: 0, total: 1 },
      faults: { total: 2, byKind: { '500': 1, '500-after': 1 } },
      events: { delivered: 0, dropped: 0, duplicated: 0, retried: 0, failed: 0 },
    });
  });

  it('counts an injected 429 as a 429 the app received, costing no points', async () => {
    const product = fakeProduct(() => searchAnswer(0));
    const limits = createLimits({
      rateLimits: { clock: () => now },
      faults: { plan: { script: [{ call: 1, kind: '429', match: { product: 'confluence' } }] } },
    });
    const handler = withLimits(product.handler, limits);
    expect((await handler(request('GET', '/wiki/api/v2/pages', 'confluence'))).status).toBe(429);
    expect((await handler(request('GET', '/wiki/api/v2/pages', 'confluence'))).status).toBe(200);
    const snapshot = limits.counters.snapshot();
    expect(snapshot.tooManyRequests.confluence).toBe(1);
    expect(snapshot.points.confluence).toBe(1);
    expect(limits.rateLimiter.state('confluence')).toMatchObject({ limit: 65_000, spent: 1 });
  });

  it('works with any subset of the limits', async () => {
    const product = fakeProduct(() => searchAnswer(2));
    const counters = new Counters();
    const handler = withLimits(product.handler, { counters });
    await handler(request('GET', '/rest/api/3/search/jql'));
    expect(counters.snapshot().points.total).toBe(0);
    expect(counters.snapshot().calls.total).toBe(1);
    expect(await withLimits(product.handler, {})(request('GET', '/x'))).toEqual(searchAnswer(2));
  });
});
