import {
  Counters,
  type DeliveryMeta,
  EventDelivery,
  FaultInjector,
  MAX_EVENT_RETRIES,
  type ProductEvent,
} from '../../../sandbox/platform/limits';

const issueEvent = (n: number): ProductEvent => ({
  eventType: 'avi:jira:updated:issue',
  issue: { id: String(10000 + n), key: `NC-${n}`, fields: { summary: `Issue ${n}` } },
  timestamp: 1_700_000_000_000 + n,
});

/** A subscriber that records what it got. */
function recorder(fail: (event: ProductEvent, meta: DeliveryMeta) => boolean = () => false) {
  const got: Array<{ key: string; meta: DeliveryMeta }> = [];
  const subscriber = async (event: ProductEvent, meta: DeliveryMeta) => {
    got.push({ key: (event.issue as { key: string }).key, meta });
    if (fail(event, meta)) throw new Error(`cannot handle ${(event.issue as { key: string }).key}`);
  };
  return { got, subscriber, keys: () => got.map((g) => g.key) };
}

const keys = (n: number) => Array.from({ length: n }, (_, i) => `NC-${i + 1}`);

describe('product event delivery', () => {
  it('delivers in order, once each, only on flush', async () => {
    const sub = recorder();
    const counters = new Counters();
    const delivery = new EventDelivery({ subscriber: sub.subscriber, seed: 1, observer: counters });
    for (let n = 1; n <= 5; n += 1) delivery.publish(issueEvent(n));
    expect(sub.got).toHaveLength(0);
    expect(delivery.pending()).toBe(5);
    await delivery.flush();
    expect(sub.keys()).toEqual(keys(5));
    expect(sub.got[0]?.meta).toEqual({ sequence: 1, attempt: 1, duplicate: false });
    expect(delivery.pending()).toBe(0);
    expect(counters.snapshot().events).toEqual({ delivered: 5, dropped: 0, duplicated: 0, retried: 0, failed: 0 });
  });

  it('delivers some events twice when duplicating, each after its original', async () => {
    const sub = recorder();
    const counters = new Counters();
    const delivery = new EventDelivery({ subscriber: sub.subscriber, seed: 7, duplicate: true, observer: counters });
    for (let n = 1; n <= 20; n += 1) delivery.publish(issueEvent(n));
    await delivery.flush();
    const duplicates = sub.got.filter((g) => g.meta.duplicate).map((g) => g.key);
    expect(duplicates.length).toBeGreaterThan(0);
    expect(duplicates.length).toBeLessThan(20);
    expect(sub.keys().slice(0, 20)).toEqual(keys(20));
    expect(new Set(sub.keys())).toEqual(new Set(keys(20)));
    expect(sub.got).toHaveLength(20 + duplicates.length);
    expect(counters.snapshot().events).toMatchObject({
      delivered: 20 + duplicates.length,
      duplicated: duplicates.length,
    });
    // Same seed, same duplicates.
    const again = recorder();
    const replay = new EventDelivery({ subscriber: again.subscriber, seed: 7, duplicate: true });
    for (let n = 1; n <= 20; n += 1) replay.publish(issueEvent(n));
    await replay.flush();
    expect(again.keys()).toEqual(sub.keys());
  });

  it('reorders within a small window when reordering', async () => {
    const sub = recorder();
    const delivery = new EventDelivery({ subscriber: sub.subscriber, seed: 3, reorder: true, reorderWindow: 3 });
    for (let n = 1; n <= 12; n += 1) delivery.publish(issueEvent(n));
    await delivery.flush();
    const order = sub.keys();
    expect(order).not.toEqual(keys(12));
    expect([...order].sort()).toEqual([...keys(12)].sort());
    // Every event stays within its window of 3.
    order.forEach((key, index) => {
      const published = Number(key.slice(3)) - 1;
      expect(Math.floor(index / 3)).toBe(Math.floor(published / 3));
    });
    expect(sub.got.every((g) => !g.meta.duplicate)).toBe(true);
    // A different seed gives a different order.
    const other = recorder();
    const delivery2 = new EventDelivery({ subscriber: other.subscriber, seed: 4, reorder: true, reorderWindow: 3 });
    for (let n = 1; n <= 12; n += 1) delivery2.publish(issueEvent(n));
    await delivery2.flush();
    expect(other.keys()).not.toEqual(order);
  });

  it('drops events by the fault plan: never delivered, counted and logged', async () => {
    const sub = recorder();
    const counters = new Counters();
    const faults = new FaultInjector({ plan: { seed: 11, script: [{ call: 3, kind: 'drop-event' }] } });
    const delivery = new EventDelivery({ subscriber: sub.subscriber, seed: 1, faults, observer: counters });
    for (let n = 1; n <= 5; n += 1) delivery.publish(issueEvent(n));
    await delivery.flush();
    expect(sub.keys()).toEqual(['NC-1', 'NC-2', 'NC-4', 'NC-5']);
    expect(delivery.deliveries().filter((d) => d.outcome === 'dropped')).toEqual([
      { sequence: 3, eventType: 'avi:jira:updated:issue', outcome: 'dropped', attempts: 0, duplicate: false },
    ]);
    expect(faults.log()).toEqual([
      {
        call: 3,
        kind: 'drop-event',
        product: 'jira',
        method: 'EVENT',
        path: 'avi:jira:updated:issue',
        source: 'script',
      },
    ]);
    const snapshot = counters.snapshot();
    expect(snapshot.events).toMatchObject({ delivered: 4, dropped: 1 });
    expect(snapshot.faults).toEqual({ total: 1, byKind: { 'drop-event': 1 } });
  });

  it('drops a seeded share of events by probability', async () => {
    const run = async (seed: number) => {
      const sub = recorder();
      const faults = new FaultInjector({ plan: { seed, dropEvents: { probability: 0.4 } } });
      const delivery = new EventDelivery({ subscriber: sub.subscriber, seed: 1, faults });
      for (let n = 1; n <= 40; n += 1) delivery.publish(issueEvent(n));
      await delivery.flush();
      return sub.keys();
    };
    const a = await run(21);
    expect(a.length).toBeGreaterThan(10);
    expect(a.length).toBeLessThan(35);
    expect(await run(21)).toEqual(a);
    expect(await run(22)).not.toEqual(a);
    // dropProbability on the delivery itself works without a plan, and can be switched at run time.
    const sub = recorder();
    const delivery = new EventDelivery({ subscriber: sub.subscriber, seed: 2, dropProbability: 1 });
    delivery.publish(issueEvent(1));
    delivery.configure({ dropProbability: 0 });
    delivery.publish(issueEvent(2));
    await delivery.flush();
    expect(sub.keys()).toEqual(['NC-2']);
  });

  it('retries a throwing subscriber 4 times with back-off, then counts the event as failed', async () => {
    const sub = recorder((event) => (event.issue as { key: string }).key === 'NC-2');
    const counters = new Counters();
    const waits: number[] = [];
    const delivery = new EventDelivery({
      subscriber: sub.subscriber,
      seed: 1,
      observer: counters,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    [1, 2, 3].forEach((n) => delivery.publish(issueEvent(n)));
    await delivery.flush();
    expect(MAX_EVENT_RETRIES).toBe(4);
    expect(sub.got.filter((g) => g.key === 'NC-2').map((g) => g.meta.attempt)).toEqual([1, 2, 3, 4, 5]);
    expect(sub.keys()).toEqual(['NC-1', 'NC-2', 'NC-2', 'NC-2', 'NC-2', 'NC-2', 'NC-3']);
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
    expect(delivery.deliveries().find((d) => d.sequence === 2)).toEqual({
      sequence: 2,
      eventType: 'avi:jira:updated:issue',
      outcome: 'failed',
      attempts: 5,
      duplicate: false,
      error: 'cannot handle NC-2',
    });
    expect(counters.snapshot().events).toEqual({ delivered: 2, dropped: 0, duplicated: 0, retried: 4, failed: 1 });
  });

  it('delivers on a retry when the subscriber recovers, honouring an InvocationError retryAfter', async () => {
    let calls = 0;
    const waits: number[] = [];
    const delivery = new EventDelivery({
      seed: 1,
      subscriber: async () => {
        calls += 1;
        if (calls === 1) throw new Error('database busy');
        if (calls === 2) return { _retry: true, retryOptions: { retryAfter: 30 } };
        return undefined;
      },
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    delivery.publish(issueEvent(1));
    await delivery.flush();
    expect(calls).toBe(3);
    expect(waits).toEqual([1000, 30_000]);
    expect(delivery.deliveries()).toEqual([
      { sequence: 1, eventType: 'avi:jira:updated:issue', outcome: 'delivered', attempts: 3, duplicate: false },
    ]);
  });

  it('hands each delivery its own copy of the event', async () => {
    const seen: unknown[] = [];
    const delivery = new EventDelivery({
      seed: 5,
      duplicate: true,
      duplicateProbability: 1,
      subscriber: async (event) => {
        seen.push(structuredClone(event));
        (event.issue as { key: string }).key = 'MUTATED';
      },
    });
    const original = issueEvent(1);
    delivery.publish(original);
    await delivery.flush();
    expect(seen).toEqual([issueEvent(1), issueEvent(1)]);
    expect(original).toEqual(issueEvent(1));
  });

  it('lets concurrent flushes finish everything, one after the other', async () => {
    const sub = recorder();
    const delivery = new EventDelivery({ subscriber: sub.subscriber, seed: 1 });
    delivery.publish(issueEvent(1));
    const first = delivery.flush();
    delivery.publish(issueEvent(2));
    await Promise.all([first, delivery.flush()]);
    expect(sub.keys()).toEqual(['NC-1', 'NC-2']);
  });
});
