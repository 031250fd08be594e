import BetterSqlite3 from 'better-sqlite3';
import { Queue, RateLimitError } from '@forge/events';
import { ForgeSQLAPIError, sql } from '@forge/sql';
import { installForgeFetch } from '../../../sandbox/platform/forgeFetch';
import { KvsEmulator } from '../../../sandbox/platform/kvsEmulator';
import {
  AsyncEventLimits,
  InvocationLimits,
  InvocationTimeoutError,
  type LateCall,
} from '../../../sandbox/platform/limits';
import { QueueEmulator } from '../../../sandbox/platform/queueEmulator';
import { SqliteEngine } from '../../../sandbox/platform/sqlEngine';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("Forge's invocation limits in the sandbox", () => {
  it('gives user-led invocations 25 s and consumers their timeoutSeconds (55 s by default, 900 s at most)', () => {
    const limits = new InvocationLimits();
    expect(limits.limitMs('resolver')).toBe(25_000);
    expect(limits.limitMs('trigger', 900)).toBe(25_000);
    expect(limits.limitMs('consumer')).toBe(55_000);
    expect(limits.limitMs('consumer', 300)).toBe(300_000);
    expect(limits.limitMs('scheduled', 5_000)).toBe(900_000);
  });

  it('answers the caller with a time-out when the limit passes, and refuses and counts what the handler does afterwards', async () => {
    const engine = new SqliteEngine(':memory:');
    await engine.execute('CREATE TABLE finding (id INTEGER PRIMARY KEY)', []);
    const late: LateCall[] = [];
    const limits = new InvocationLimits({ onLateCall: (call) => late.push(call) });
    const uninstall = installForgeFetch({
      sql: engine,
      currentAccountId: () => undefined,
      products: async () => ({ status: 501, body: {} }),
      invocations: limits,
    });
    let afterwards: unknown;
    const handlerDone = new Promise<void>((resolve) => {
      void limits
        .run('raise-findings', 'resolver', 50, async () => {
          await pause(200); // still working when Forge would have stopped it
          afterwards = await sql
            .prepare('INSERT INTO finding (id) VALUES (?)')
            .bindParams(1)
            .execute()
            .catch((e: unknown) => e);
          resolve();
        })
        .catch(() => undefined);
    });
    try {
      await expect(limits.run('raise-findings', 'resolver', 50, () => pause(200))).rejects.toBeInstanceOf(
        InvocationTimeoutError,
      );
      await handlerDone;
      expect(afterwards).toBeInstanceOf(ForgeSQLAPIError);
      expect((await engine.execute('SELECT COUNT(*) AS n FROM finding', [])).rows).toEqual([{ n: 0 }]);
      expect(late).toEqual([{ functionKey: 'raise-findings', kind: 'resolver', call: 'sql sql /api/v1/execute' }]);
      expect(limits.figures().timedOut).toBe(2);
    } finally {
      uninstall();
      await engine.close();
    }
  });

  it('lets an invocation that finishes in time answer as usual, with no late calls', async () => {
    const limits = new InvocationLimits();
    await expect(limits.run('list-audits', 'resolver', 1_000, async () => 'answer')).resolves.toBe('answer');
    expect(limits.figures()).toEqual({ timedOut: 0, lateCalls: [] });
  });
});

describe("Forge's async events and KVS limits in the sandbox", () => {
  let db: BetterSqlite3.Database;
  beforeEach(() => {
    db = new BetterSqlite3(':memory:');
  });
  afterEach(() => db.close());

  const queueWith = (limits: AsyncEventLimits) =>
    new QueueEmulator(
      db,
      () => new Date(),
      async () => undefined,
      limits,
    );
  const events = (n: number, bytes = 10) => Array.from({ length: n }, () => ({ body: { text: 'x'.repeat(bytes) } }));
  const publish = (queue: QueueEmulator, payload: unknown[]) =>
    queue.handle('/webhook/queue/publish/abc', { queueName: 'raise-issues', jobId: 'job-1', payload });

  it('refuses more than 50 events in one push, and keeps none of them', () => {
    const queue = queueWith(new AsyncEventLimits());
    expect(publish(queue, events(51)).status).toBe(400);
    expect(queue.pendingCount()).toBe(0);
    expect(publish(queue, events(50)).status).toBe(201);
  });

  it('refuses a push whose combined payload is over 200 KB with 413, as @forge/events expects', () => {
    const queue = queueWith(new AsyncEventLimits());
    const answer = publish(queue, events(2, 110 * 1024));
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({ errorMessage: expect.stringMatching(/over the 204800-byte limit/) });
    expect(queue.pendingCount()).toBe(0);
  });

  it('answers 429 over 500 events a minute, which the app meets as RateLimitError', async () => {
    let now = 0;
    const queue = queueWith(new AsyncEventLimits({ monotonicNow: () => now }));
    const engine = new SqliteEngine(':memory:');
    const uninstall = installForgeFetch({
      sql: engine,
      currentAccountId: () => undefined,
      products: async () => ({ status: 501, body: {} }),
      stargate: (p, body) => queue.handle(p, body),
    });
    try {
      for (let push = 0; push < 10; push += 1) expect(publish(queue, events(50)).status).toBe(201);
      const error = await new Queue({ key: 'raise-issues' }).push(events(1)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitError);
      expect(queue.pendingCount()).toBe(500);
      now += 60_000;
      await new Queue({ key: 'raise-issues' }).push(events(1));
      expect(queue.pendingCount()).toBe(501);
    } finally {
      uninstall();
      await engine.close();
    }
  });

  it('refuses a KVS value over 240 KiB with 400 MAX_SIZE and stores nothing', () => {
    const kvs = new KvsEmulator(db, () => new Date());
    const answer = kvs.handle('/api/v1/set', { key: 'snapshot', value: 'v'.repeat(240 * 1024) });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'MAX_SIZE' });
    expect(kvs.handle('/api/v1/get', { key: 'snapshot' }).status).toBe(404);
  });
});
