import type { ProductAnswer, ProductRequest } from '../../../sandbox/platform/product';
import { isRead, itemsReturned, RateLimiter, requestCost } from '../../../sandbox/platform/limits';

const request = (
  method: string,
  path: string,
  product: ProductRequest['product'] = 'jira',
  body?: unknown,
): ProductRequest => ({ product, provider: 'app', accountId: undefined, method, path, body });

/** A fake product that records what reached it and answers with `answer`. */
function fakeProduct(answer: (r: ProductRequest) => ProductAnswer = () => ({ status: 200, body: {} })) {
  const calls: ProductRequest[] = [];
  const handler = async (r: ProductRequest) => {
    calls.push(r);
    return answer(r);
  };
  return { calls, handler };
}

const issues = (n: number) => ({ issues: Array.from({ length: n }, (_, i) => ({ id: String(10000 + i) })) });

describe('the rate limiter', () => {
  let now: Date;
  const clock = () => now;
  const advance = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };

  beforeEach(() => {
    now = new Date('2026-11-24T09:00:00Z');
  });

  describe('cost model', () => {
    it('charges a read 1 point plus 1 per item returned, a write 1 point', () => {
      expect(
        requestCost(request('GET', '/rest/api/3/search/jql?jql=project%3DNC'), { status: 200, body: issues(30) }),
      ).toBe(31);
      expect(requestCost(request('POST', '/rest/api/3/search/jql'), { status: 200, body: issues(5) })).toBe(6);
      expect(requestCost(request('POST', '/rest/api/3/issue/bulkfetch'), { status: 200, body: issues(3) })).toBe(4);
      expect(
        requestCost(request('GET', '/wiki/api/v2/pages', 'confluence'), { status: 200, body: { results: [1, 2] } }),
      ).toBe(3);
      expect(requestCost(request('GET', '/rest/api/3/project/search'), { status: 200, body: { values: [1] } })).toBe(2);
      // A write that returns a list is still a write.
      expect(requestCost(request('POST', '/rest/api/3/issue/bulk'), { status: 201, body: issues(20) })).toBe(1);
      expect(requestCost(request('PUT', '/rest/api/3/issue/NC-1'), { status: 204, body: undefined })).toBe(1);
      expect(
        requestCost(request('GET', '/rest/api/3/issue/NC-404'), { status: 404, body: { errorMessages: ['x'] } }),
      ).toBe(1);
    });

    it('treats search, bulk fetch and permission checks posted as reads', () => {
      expect(isRead('POST', '/rest/api/3/search/jql')).toBe(true);
      expect(isRead('POST', '/rest/api/3/issue/bulkfetch?x=1')).toBe(true);
      expect(isRead('POST', '/rest/api/3/permissions/check')).toBe(true);
      expect(isRead('post', '/rest/api/3/issue')).toBe(false);
      expect(isRead('DELETE', '/rest/api/3/issue/NC-1')).toBe(false);
      expect(isRead('get', '/rest/api/3/myself')).toBe(true);
    });

    it('counts issues, values and results arrays, and a bare array', () => {
      expect(itemsReturned({ issues: [1, 2], values: [3], results: [4, 5, 6] })).toBe(6);
      expect(itemsReturned([1, 2, 3])).toBe(3);
      expect(itemsReturned({ issues: 'no' })).toBe(0);
      expect(itemsReturned(undefined)).toBe(0);
    });
  });

  it('charges a GET returning 30 issues 31 points through the wrapper', async () => {
    const limiter = new RateLimiter({ clock, pointsPerWindow: 100 });
    const product = fakeProduct(() => ({ status: 200, body: issues(30) }));
    const spent: number[] = [];
    const handler = limiter.wrap(product.handler, { recordPoints: (_p, points) => spent.push(points) });
    await handler(request('GET', '/rest/api/3/search/jql?jql=x'));
    expect(spent).toEqual([31]);
    expect(limiter.state('jira')).toMatchObject({ limit: 100, spent: 31, remaining: 69 });
  });

  it('answers 429 exactly when the budget is spent, without calling the product', async () => {
    const limiter = new RateLimiter({ clock, pointsPerWindow: 10 });
    const product = fakeProduct(() => ({ status: 201, body: { id: '1' } }));
    const handler = limiter.wrap(product.handler);
    for (let i = 1; i <= 10; i += 1) {
      expect((await handler(request('POST', '/rest/api/3/issue'))).status).toBe(201);
    }
    expect(product.calls).toHaveLength(10);
    const refused = await handler(request('POST', '/rest/api/3/issue'));
    expect(refused.status).toBe(429);
    expect(product.calls).toHaveLength(10);
    expect(refused.body).toEqual({ errorMessages: ['Rate limit exceeded.'], errors: {} });
    expect(refused.headers).toEqual({
      'Retry-After': '3600',
      'X-RateLimit-Limit': '10',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': '2026-11-24T10:00:00.000Z',
      'RateLimit-Reason': 'jira-quota-global-based',
    });
    // Refused calls cost nothing.
    expect(limiter.state('jira').spent).toBe(10);
  });

  it('lets the last read overshoot, then refuses', async () => {
    const limiter = new RateLimiter({ clock, pointsPerWindow: 50 });
    const product = fakeProduct(() => ({ status: 200, body: issues(30) }));
    const handler = limiter.wrap(product.handler);
    expect((await handler(request('GET', '/rest/api/3/search/jql'))).status).toBe(200); // 31
    expect((await handler(request('GET', '/rest/api/3/search/jql'))).status).toBe(200); // 62 > 50
    expect((await handler(request('GET', '/rest/api/3/search/jql'))).status).toBe(429);
    expect(limiter.state('jira')).toMatchObject({ spent: 62, remaining: 0 });
  });

  it('gives a Retry-After that falls as the clock advances, and restores the budget at the reset', async () => {
    const limiter = new RateLimiter({ clock, pointsPerWindow: 3 });
    const product = fakeProduct();
    const handler = limiter.wrap(product.handler);
    advance(15 * 60 * 1000); // 09:15
    for (let i = 0; i < 3; i += 1) await handler(request('PUT', '/rest/api/3/issue/NC-1'));

    const first = await handler(request('PUT', '/rest/api/3/issue/NC-1'));
    expect(first.headers?.['Retry-After']).toBe(String(45 * 60));
    advance(30 * 60 * 1000); // 09:45
    const second = await handler(request('PUT', '/rest/api/3/issue/NC-1'));
    expect(second.headers?.['Retry-After']).toBe(String(15 * 60));
    advance(15 * 60 * 1000 - 1500); // 09:59:58.5
    const third = await handler(request('PUT', '/rest/api/3/issue/NC-1'));
    expect(third.headers?.['Retry-After']).toBe('2');
    advance(1000); // 09:59:59.5: half a second left still says 1, never 0
    expect((await handler(request('PUT', '/rest/api/3/issue/NC-1'))).headers?.['Retry-After']).toBe('1');
    expect(third.headers?.['X-RateLimit-Reset']).toBe('2026-11-24T10:00:00.000Z');
    expect(product.calls).toHaveLength(3);

    advance(500); // 10:00:00: a new window
    expect((await handler(request('PUT', '/rest/api/3/issue/NC-1'))).status).toBe(200);
    expect(limiter.state('jira')).toMatchObject({ spent: 1, remaining: 2 });
    expect(limiter.state('jira').resetAt.toISOString()).toBe('2026-11-24T11:00:00.000Z');
    expect(product.calls).toHaveLength(4);
  });

  it('keeps a budget per product, with Confluence’s error shape', async () => {
    const limiter = new RateLimiter({ clock, pointsPerWindow: 1 });
    const handler = limiter.wrap(fakeProduct().handler);
    await handler(request('POST', '/rest/api/3/issue'));
    expect((await handler(request('POST', '/rest/api/3/issue'))).status).toBe(429);
    expect((await handler(request('POST', '/wiki/api/v2/pages', 'confluence'))).status).toBe(200);
    const refused = await handler(request('POST', '/wiki/api/v2/pages', 'confluence'));
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({
      errors: [{ status: 429, code: 'TOO_MANY_REQUESTS', title: 'Rate limit exceeded', detail: null }],
    });
    expect(refused.headers?.['RateLimit-Reason']).toBe('confluence-quota-global-based');
  });

  it('applies a burst limit per second', async () => {
    const limiter = new RateLimiter({ clock, burstPerSecond: 2 });
    const product = fakeProduct();
    const handler = limiter.wrap(product.handler);
    advance(250);
    expect((await handler(request('GET', '/rest/api/3/myself'))).status).toBe(200);
    expect((await handler(request('GET', '/rest/api/3/myself'))).status).toBe(200);
    const refused = await handler(request('GET', '/rest/api/3/myself'));
    expect(refused.status).toBe(429);
    expect(refused.headers).toMatchObject({
      'Retry-After': '1',
      'X-RateLimit-Limit': '2',
      'X-RateLimit-Reset': '2026-11-24T09:00:01.000Z',
      'RateLimit-Reason': 'jira-burst-based',
    });
    expect(product.calls).toHaveLength(2);
    advance(750);
    expect((await handler(request('GET', '/rest/api/3/myself'))).status).toBe(200);
  });

  it('defaults to 65,000 points an hour, and reset() forgets spending', async () => {
    const limiter = new RateLimiter({ clock });
    expect(limiter.state('jira')).toMatchObject({ limit: 65_000, remaining: 65_000 });
    const handler = limiter.wrap(fakeProduct(() => ({ status: 200, body: issues(99) })).handler);
    await handler(request('GET', '/rest/api/3/search/jql'));
    expect(limiter.state('jira').remaining).toBe(64_900);
    limiter.reset();
    expect(limiter.state('jira').remaining).toBe(65_000);
  });

  it('rejects nonsense settings', () => {
    expect(() => new RateLimiter({ pointsPerWindow: 0 })).toThrow(RangeError);
    expect(() => new RateLimiter({ windowMs: 10 })).toThrow(RangeError);
    expect(() => new RateLimiter({ burstPerSecond: 0 })).toThrow(RangeError);
  });
});
