import type { ProductAnswer, ProductRequest } from '../../../sandbox/platform/product';
import {
  type FaultLogEntry,
  FaultInjector,
  FaultPlanError,
  faultPlanJsonSchema,
  parseFaultPlan,
} from '../../../sandbox/platform/limits';

const request = (
  method: string,
  path: string,
  product: ProductRequest['product'] = 'jira',
  body?: unknown,
): ProductRequest => ({ product, provider: 'app', accountId: undefined, method, path, body });

/** A fake product that records what reached it (the "changes" it made) and answers 200. */
function fakeProduct(answer: (r: ProductRequest) => ProductAnswer = () => ({ status: 200, body: { ok: true } })) {
  const calls: ProductRequest[] = [];
  const handler = async (r: ProductRequest) => {
    calls.push(r);
    return answer(r);
  };
  return { calls, handler };
}

/** Runs `n` GETs through an injector with `plan` and returns the statuses (or 'slow'). */
async function statuses(plan: unknown, n: number): Promise<Array<number | string>> {
  const faults = new FaultInjector({ plan, sleep: async () => undefined });
  const handler = faults.wrap(fakeProduct().handler);
  const out: Array<number | string> = [];
  for (let i = 0; i < n; i += 1) {
    const answer = await handler(request('GET', `/rest/api/3/issue/NC-${i}`));
    out.push(answer.headers?.['X-Sandbox-Fault'] === 'slow' ? 'slow' : answer.status);
  }
  return out;
}

describe('the fault injector', () => {
  it('passes everything through with no plan', async () => {
    const product = fakeProduct();
    const handler = new FaultInjector().wrap(product.handler);
    for (let i = 0; i < 20; i += 1) expect((await handler(request('GET', '/rest/api/3/myself'))).status).toBe(200);
    expect(product.calls).toHaveLength(20);
  });

  it('fails exactly the 7th matching call of a script', async () => {
    const product = fakeProduct();
    const faults = new FaultInjector({
      plan: { script: [{ call: 7, kind: '500', match: { method: 'post', pathPrefix: '/rest/api/3/issue' } }] },
    });
    const handler = faults.wrap(product.handler);
    const seen: Array<[string, number]> = [];
    for (let i = 1; i <= 10; i += 1) {
      // Interleave non-matching calls: they do not count.
      seen.push(['GET', (await handler(request('GET', `/rest/api/3/issue/NC-${i}`))).status]);
      seen.push(['POST', (await handler(request('POST', '/rest/api/3/issue', 'jira', { n: i }))).status]);
      seen.push(['POST', (await handler(request('POST', '/wiki/api/v2/pages', 'confluence'))).status]);
    }
    const posts = seen.filter(([m], i) => m === 'POST' && i % 3 === 1).map(([, s]) => s);
    expect(posts).toEqual([200, 200, 200, 200, 200, 200, 500, 200, 200, 200]);
    expect(seen.filter(([, s]) => s !== 200)).toHaveLength(1);
    expect(faults.log()).toEqual<FaultLogEntry[]>([
      { call: 20, kind: '500', product: 'jira', method: 'POST', path: '/rest/api/3/issue', source: 'script' },
    ]);
    // The failed POST never reached the product: 9 issue creations, not 10.
    expect(product.calls.filter((c) => c.path === '/rest/api/3/issue')).toHaveLength(9);
    expect(faults.describePlan().pendingScript).toEqual([]);
  });

  it('counts script calls from when the plan is set', async () => {
    const faults = new FaultInjector();
    const handler = faults.wrap(fakeProduct().handler);
    for (let i = 0; i < 5; i += 1) await handler(request('GET', '/rest/api/3/myself'));
    faults.setPlan({ script: [{ call: 2, kind: '503' }] });
    expect(faults.describePlan().pendingScript).toEqual([{ kind: '503', remaining: 2 }]);
    expect((await handler(request('GET', '/rest/api/3/myself'))).status).toBe(200);
    expect(faults.describePlan().pendingScript).toEqual([{ kind: '503', remaining: 1 }]);
    const failed = await handler(request('GET', '/rest/api/3/myself'));
    expect(failed.status).toBe(503);
    expect(failed.body).toEqual({ errorMessages: ['Service unavailable.'], errors: {} });
    expect((await handler(request('GET', '/rest/api/3/myself'))).status).toBe(200);
  });

  it('answers an injected 500 without reaching the product: nothing changed', async () => {
    const product = fakeProduct();
    const handler = new FaultInjector({ plan: { script: [{ call: 1, kind: '500' }] } }).wrap(product.handler);
    const answer = await handler(request('PUT', '/wiki/api/v2/pages/42', 'confluence', { title: 'x' }));
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual({
      errors: [{ status: 500, code: 'INTERNAL_SERVER_ERROR', title: 'Internal Server Error', detail: null }],
    });
    expect(product.calls).toHaveLength(0);
  });

  it('answers 500-after only after the product made the change', async () => {
    const product = fakeProduct(() => ({ status: 201, body: { id: '10001', key: 'NC-1' } }));
    const handler = new FaultInjector({ plan: { script: [{ call: 1, kind: '500-after' }] } }).wrap(product.handler);
    const answer = await handler(request('POST', '/rest/api/3/issue', 'jira', { fields: {} }));
    expect(answer).toEqual({
      status: 500,
      body: { errorMessages: ['Internal server error.'], errors: {} },
      headers: { 'X-Sandbox-Fault': '500-after' },
    });
    expect(product.calls).toHaveLength(1);
  });

  it('injects a 429 with Retry-After, without reaching the product', async () => {
    const product = fakeProduct();
    const faults = new FaultInjector({ plan: { retryAfterSeconds: 7, script: [{ call: 1, kind: '429' }] } });
    const answer = await faults.wrap(product.handler)(request('GET', '/rest/api/3/myself'));
    expect(answer.status).toBe(429);
    expect(answer.headers).toEqual({ 'Retry-After': '7', 'X-Sandbox-Fault': '429' });
    expect(answer.body).toEqual({ errorMessages: ['Rate limit exceeded.'], errors: {} });
    expect(product.calls).toHaveLength(0);
  });

  it('delays a slow answer, then passes it through', async () => {
    const product = fakeProduct();
    const faults = new FaultInjector({ plan: { slowMs: 40, script: [{ call: 2, kind: 'slow' }] } });
    const handler = faults.wrap(product.handler);
    const fast = await handler(request('GET', '/rest/api/3/myself'));
    expect(fast).toEqual({ status: 200, body: { ok: true } });
    const started = Date.now();
    const answer = await handler(request('GET', '/rest/api/3/myself'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
    expect(answer).toEqual({ status: 200, body: { ok: true }, headers: { 'X-Sandbox-Fault': 'slow' } });
    expect(product.calls).toHaveLength(2);
  });

  it('waits slowMs on slow calls only, through the injected sleep', async () => {
    const waits: number[] = [];
    const faults = new FaultInjector({
      plan: {
        slowMs: 25,
        script: [
          { call: 2, kind: 'slow' },
          { call: 4, kind: 'slow' },
        ],
      },
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    const handler = faults.wrap(fakeProduct().handler);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await handler(request('GET', '/rest/api/3/myself'))).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect(waits).toEqual([25, 25]);
    expect(faults.log().map((entry) => [entry.call, entry.kind])).toEqual([
      [2, 'slow'],
      [4, 'slow'],
    ]);
  });

  it('reproduces the same random faults from the same seed, and others from another', async () => {
    const plan = (seed: number) => ({ seed, rate: { probability: 0.3, kinds: ['429', '500', '503', 'slow'] } });
    const a = await statuses(plan(42), 60);
    const b = await statuses(plan(42), 60);
    const c = await statuses(plan(43), 60);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const failures = a.filter((s) => s !== 200).length;
    expect(failures).toBeGreaterThan(5);
    expect(failures).toBeLessThan(35);
    expect(new Set(a)).toEqual(new Set([200, 429, 500, 503, 'slow']));
  });

  it('matches the rate to some calls only, and reports a seed it chose', async () => {
    const faults = new FaultInjector({
      plan: { rate: { probability: 1, kinds: ['503'], match: { product: 'confluence' } } },
      sleep: async () => undefined,
    });
    const handler = faults.wrap(fakeProduct().handler);
    expect((await handler(request('GET', '/rest/api/3/myself'))).status).toBe(200);
    expect((await handler(request('GET', '/wiki/api/v2/pages', 'confluence'))).status).toBe(503);
    const { plan } = faults.describePlan();
    expect(Number.isInteger(plan.seed)).toBe(true);
    // Replaying with the reported seed is the same plan.
    expect(new FaultInjector({ plan }).plan()).toEqual(plan);
  });

  it('lets a script fault win over the rate', async () => {
    const out = await statuses(
      { seed: 1, rate: { probability: 1, kinds: ['503'] }, script: [{ call: 3, kind: '429' }] },
      4,
    );
    expect(out).toEqual([503, 503, 429, 503]);
  });

  it('describes its plan in plain words, and clear() ends the faults', async () => {
    const faults = new FaultInjector({
      plan: {
        seed: 9,
        rate: { probability: 0.25, kinds: ['500'], match: { product: 'jira', method: 'GET' } },
        script: [{ call: 3, kind: '500-after', match: { pathPrefix: '/rest/api/3/issue' } }],
        dropEvents: { probability: 0.5 },
      },
    });
    const description = faults.describePlan();
    expect(description).toMatchObject({ callsSeen: 0, eventsSeen: 0, injected: 0 });
    expect(description.summary).toEqual([
      'seed 9',
      'jira GET: 25% fail at random as 500',
      '500-after on the 3rd call from now (/rest/api/3/issue*)',
      '50% of product events dropped',
      'slow = 1500 ms, injected 429 Retry-After = 5 s',
    ]);
    faults.clear();
    expect(faults.describePlan().summary).toEqual([
      'seed 9',
      'no faults',
      'slow = 1500 ms, injected 429 Retry-After = 5 s',
    ]);
  });

  it('decides event drops by script and by probability, logging them', () => {
    const faults = new FaultInjector({ plan: { seed: 5, script: [{ call: 2, kind: 'drop-event' }] } });
    const dropped = [1, 2, 3].map(() => faults.nextEventDropped({ eventType: 'avi:jira:updated:issue' }));
    expect(dropped).toEqual([false, true, false]);
    expect(faults.log()).toEqual([
      {
        call: 2,
        kind: 'drop-event',
        product: 'jira',
        method: 'EVENT',
        path: 'avi:jira:updated:issue',
        source: 'script',
      },
    ]);
    faults.setPlan({ seed: 5, dropEvents: { probability: 1 } });
    expect(faults.nextEventDropped({ eventType: 'avi:jira:created:issue' })).toBe(true);
    faults.setPlan({ seed: 5, dropEvents: { probability: 0 } });
    expect(faults.nextEventDropped({ eventType: 'avi:jira:created:issue' })).toBe(false);
  });
});

describe('the fault plan schema', () => {
  const fields = (input: unknown) => {
    const parsed = parseFaultPlan(input);
    return parsed.ok ? [] : parsed.issues.map((issue) => issue.field);
  };

  it('accepts a full plan', () => {
    const plan = {
      seed: 7,
      rate: { probability: 0.1, kinds: ['429', '500', '503', 'slow', '500-after'], match: { product: 'jira' } },
      script: [
        { call: 7, kind: '500', match: { product: 'jira', method: 'POST', pathPrefix: '/rest/api/3/issue' } },
        { call: 1, kind: 'drop-event' },
      ],
      slowMs: 50,
      retryAfterSeconds: 2,
      dropEvents: { probability: 0.2 },
    };
    expect(parseFaultPlan(plan)).toEqual({ ok: true, plan });
    expect(parseFaultPlan({})).toEqual({ ok: true, plan: {} });
  });

  it('rejects bad input naming the field', () => {
    expect(fields({ rate: { probability: 1.5, kinds: ['500'] } })).toEqual(['rate.probability']);
    expect(fields({ rate: { probability: 0.5, kinds: [] } })).toEqual(['rate.kinds']);
    expect(fields({ rate: { probability: 0.5, kinds: ['drop-event'] } })).toEqual(['rate.kinds.0']);
    expect(
      fields({
        script: [
          { call: 1, kind: '500' },
          { call: 0, kind: '418' },
        ],
      }),
    ).toEqual(['script.1.call', 'script.1.kind']);
    expect(fields({ script: [{ call: 1, kind: '500', match: { product: 'bitbucket' } }] })).toEqual([
      'script.0.match.product',
    ]);
    expect(fields({ script: [{ call: 1, kind: '500', match: { pathPrefix: 'rest' } }] })).toEqual([
      'script.0.match.pathPrefix',
    ]);
    expect(fields({ seed: -1 })).toEqual(['seed']);
    expect(fields({ seed: 1.5 })).toEqual(['seed']);
    expect(fields({ slowMs: 'fast' })).toEqual(['slowMs']);
    expect(fields({ retryAfterSeconds: 0 })).toEqual(['retryAfterSeconds']);
    expect(fields({ dropEvents: { probability: -0.1 } })).toEqual(['dropEvents.probability']);
    expect(fields({ rates: {} })).toEqual(['rates']);
    expect(fields({ script: [{ call: 1, kind: '500', when: 'now' }] })).toEqual(['script.0.when']);
    expect(fields('all of them')).toEqual(['(root)']);
  });

  it('makes setPlan throw a FaultPlanError that names the field, keeping the old plan', () => {
    const faults = new FaultInjector({ plan: { seed: 3, script: [{ call: 1, kind: '503' }] } });
    let error: unknown;
    try {
      faults.setPlan({ rate: { probability: 2, kinds: ['500'] } });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(FaultPlanError);
    expect((error as FaultPlanError).issues).toEqual([{ field: 'rate.probability', message: expect.any(String) }]);
    expect((error as Error).message).toMatch(/^Invalid fault plan: rate\.probability: /);
    expect(faults.plan()).toEqual({ seed: 3, script: [{ call: 1, kind: '503' }] });
  });

  it('has a JSON Schema for the README and the contract endpoint', () => {
    const schema = faultPlanJsonSchema() as { type: string; properties: Record<string, unknown> };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual([
      'seed',
      'rate',
      'script',
      'slowMs',
      'retryAfterSeconds',
      'dropEvents',
    ]);
  });
});
