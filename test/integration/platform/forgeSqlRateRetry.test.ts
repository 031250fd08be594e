import { Kysely, sql as raw } from 'kysely';
import { ForgeSqlDialect } from '../../../src/adapters/sql/dialects/forgeSqlDialect';
import { withRateRetry } from '../../../src/adapters/sql/dialects/forgeSqlRetry';
import { installForgeFetch } from '../../../sandbox/platform/forgeFetch';
import { ForgeSqlLimits } from '../../../sandbox/platform/limits';
import { SqliteEngine } from '../../../sandbox/platform/sqlEngine';

interface Db {
  finding: { id: number; title: string };
}

describe("the app's Forge SQL adapter under Forge SQL's rate limits", () => {
  it('waits out a DML-per-second refusal and retries, so every write lands and the user sees no error', async () => {
    const engine = new SqliteEngine(':memory:');
    await engine.execute('CREATE TABLE finding (id INTEGER PRIMARY KEY, title TEXT NOT NULL)', []);
    // Real time: a low rate, so the writes below must wait for the window to move on.
    const limits = new ForgeSqlLimits(engine, { dmlPerSecond: 3 });
    const uninstall = installForgeFetch({
      sql: limits,
      currentAccountId: () => undefined,
      products: async () => ({ status: 501, body: {} }),
    });
    const db = new Kysely<Db>({ dialect: new ForgeSqlDialect() });
    try {
      for (let id = 1; id <= 5; id += 1)
        await db
          .insertInto('finding')
          .values({ id, title: `F${id}` })
          .execute();
      const stored = await raw<{ n: number }>`SELECT COUNT(*) AS n FROM finding`.execute(db);
      expect(stored.rows[0]?.n).toBe(5);
      expect(limits.figures().dmlStatements).toBe(5);
      expect(limits.figures().limitHits.dmlPerSecond).toBeGreaterThanOrEqual(1);
    } finally {
      uninstall();
      await engine.close();
    }
  }, 120_000);

  const refusal = (retryAfterMs?: number) =>
    Object.assign(new Error('Forge SQL rate limit exceeded'), {
      code: 'TOO_MANY_REQUESTS',
      responseDetails: { status: 429 },
      context: retryAfterMs === undefined ? {} : { retryAfterMs },
    });

  it('honours the wait the refusal names, and backs off when it names none', async () => {
    const waits: number[] = [];
    let calls = 0;
    const answer = await withRateRetry(
      async () => {
        calls += 1;
        if (calls === 1) throw refusal(420);
        if (calls === 2) throw refusal();
        return 'stored';
      },
      { sleep: async (ms) => void waits.push(ms) },
    );
    expect(answer).toBe('stored');
    expect(waits).toEqual([420, 500]);
  });

  it('surfaces a refusal that persists past its bounded attempts or waits', async () => {
    const always = () => Promise.reject(refusal(1_000));
    await expect(withRateRetry(always, { maxAttempts: 3, sleep: async () => {} })).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
    });
    await expect(withRateRetry(always, { maxTotalWaitMs: 2_500, sleep: async () => {} })).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
    });
  });

  it('passes any other error on at once: a timeout or an over-size answer is the normal storage error', async () => {
    let calls = 0;
    const timedOut = Object.assign(new Error('The query timed out'), {
      code: 'QUERY_TIMED_OUT',
      responseDetails: { status: 504 },
    });
    await expect(
      withRateRetry(async () => {
        calls += 1;
        throw timedOut;
      }),
    ).rejects.toBe(timedOut);
    expect(calls).toBe(1);
  });
});
