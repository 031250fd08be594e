import { ForgeSQLAPIError, sql } from '@forge/sql';
import { installForgeFetch } from '../../../sandbox/platform/forgeFetch';
import { ForgeSqlLimits, type SqlLimitOptions } from '../../../sandbox/platform/limits';
import { SqliteEngine } from '../../../sandbox/platform/sqlEngine';

/**
 * Forge SQL's limits as the app meets them: through the real `@forge/sql` client and the
 * sandbox's `__forge_fetch__`. Each refusal has Forge's error shape and leaves the data as it was.
 */
describe('Forge SQL limits', () => {
  let engine: SqliteEngine;
  let limits: ForgeSqlLimits;
  let uninstall: () => void;
  /** A monotonic clock the test moves; each read can also advance it (a slow statement). */
  let now = 0;
  let stepPerRead = 0;

  const open = async (options: SqlLimitOptions) => {
    engine = new SqliteEngine(':memory:');
    await engine.execute('CREATE TABLE finding (id INTEGER PRIMARY KEY, body TEXT NOT NULL)', []);
    await engine.execute("INSERT INTO finding (id, body) VALUES (1, 'seed')", []);
    limits = new ForgeSqlLimits(engine, {
      monotonicNow: () => {
        now += stepPerRead;
        return now;
      },
      ...options,
    });
    uninstall = installForgeFetch({
      sql: limits,
      currentAccountId: () => undefined,
      products: async () => ({ status: 501, body: {} }),
    });
  };

  const refusal = async (work: Promise<unknown>): Promise<ForgeSQLAPIError> => {
    const error = await work.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ForgeSQLAPIError);
    return error as ForgeSQLAPIError;
  };

  const rows = async () => (await engine.execute('SELECT id, body FROM finding ORDER BY id', [])).rows;
  const insert = (id: number, body = 'x') =>
    sql.prepare('INSERT INTO finding (id, body) VALUES (?, ?)').bindParams(id, body).execute();

  beforeEach(() => {
    now = 0;
    stepPerRead = 0;
  });
  afterEach(async () => {
    uninstall();
    await engine.close();
  });

  it('refuses a request over the request size with 413 REQUEST_TOO_LARGE and writes nothing', async () => {
    await open({ requestBytes: 200 });
    const error = await refusal(insert(2, 'y'.repeat(500)));
    expect(error.responseDetails.status).toBe(413);
    expect(error.code).toBe('REQUEST_TOO_LARGE');
    expect(error.context).toMatchObject({ limit: 'requestBytes', value: 200 });
    expect(await rows()).toEqual([{ id: 1, body: 'seed' }]);
    expect(limits.figures().limitHits).toEqual({ requestBytes: 1 });
  });

  it('refuses an answer over the response size with SQL_EXECUTION_ERROR', async () => {
    await open({ responseBytes: 1_000 });
    await engine.execute('UPDATE finding SET body = ?', ['z'.repeat(2_000)]);
    const error = await refusal(sql.prepare('SELECT body FROM finding').execute());
    expect(error.responseDetails.status).toBe(400);
    expect(error.code).toBe('SQL_EXECUTION_ERROR');
    expect(error.context).toMatchObject({ limit: 'responseBytes', value: 1_000 });
    expect(error.message).toMatch(/over Forge SQL's 1000-byte response limit/);
  });

  it('refuses a query whose result needs more than the memory per query', async () => {
    await open({ memoryBytes: 500 });
    await engine.execute('UPDATE finding SET body = ?', ['z'.repeat(800)]);
    const error = await refusal(sql.prepare('SELECT body FROM finding').execute());
    expect(error.code).toBe('SQL_EXECUTION_ERROR');
    expect(error.context).toMatchObject({ limit: 'memoryBytes', value: 500 });
  });

  it('answers QUERY_TIMED_OUT for a SELECT over 5 s', async () => {
    await open({});
    stepPerRead = 6_000;
    const error = await refusal(sql.prepare('SELECT id FROM finding').execute());
    expect(error.code).toBe('QUERY_TIMED_OUT');
    expect(error.responseDetails.status).toBe(504);
    expect(error.context).toMatchObject({ limit: 'selectTimeoutMs', value: 5_000 });
  });

  it('rolls back a DML statement that ran over 10 s, so the timed-out write changed nothing', async () => {
    await open({});
    stepPerRead = 11_000; // every clock read moves 11 s on: the statement ran 11 s
    const error = await refusal(insert(2));
    expect(error.code).toBe('QUERY_TIMED_OUT');
    expect(error.context).toMatchObject({ limit: 'dmlTimeoutMs', value: 10_000 });
    expect(await rows()).toEqual([{ id: 1, body: 'seed' }]);
    stepPerRead = 0;
    await insert(2); // the engine is usable afterwards: the savepoint was released
    expect(await rows()).toHaveLength(2);
  });

  it('answers 429 TOO_MANY_REQUESTS with a retry hint over 150 DML statements in a second', async () => {
    await open({});
    for (let id = 2; id < 152; id += 1) await insert(id);
    const error = await refusal(insert(152));
    expect(error.responseDetails.status).toBe(429);
    expect(error.code).toBe('TOO_MANY_REQUESTS');
    expect(error.context).toMatchObject({ limit: 'dmlPerSecond', value: 150, retryAfterMs: 1_000 });
    expect(await rows()).toHaveLength(151);
    now += 1_000; // a second later the window has room again
    await insert(152);
    expect(limits.figures()).toMatchObject({ dmlStatements: 151, limitHits: { dmlPerSecond: 1 } });
    expect(limits.headroomBy().dmlPerSecond).toBe(1);
  });

  it('refuses the 26th DDL request in a minute, counting the DDL endpoint whatever the statement', async () => {
    await open({});
    for (let i = 0; i < 24; i += 1) await sql.executeDDL(`CREATE TABLE t${i} (id INTEGER)`);
    await sql.executeDDL('SELECT id FROM finding'); // the migration runner reads on the DDL path
    const error = await refusal(sql.executeDDL('CREATE TABLE t99 (id INTEGER)'));
    expect(error.code).toBe('TOO_MANY_REQUESTS');
    expect(error.context).toMatchObject({ limit: 'ddlPerMinute', value: 25, retryAfterMs: 60_000 });
    const tables = await engine.execute("SELECT name FROM sqlite_master WHERE name = 't99'", []);
    expect(tables.rows).toEqual([]);
  });

  it('refuses statements once the minute holds 62.5 s of query time', async () => {
    await open({ queryMsPerMinute: 3_000 });
    stepPerRead = 1_000; // each statement takes 1 s
    for (let i = 0; i < 3; i += 1) await sql.prepare('SELECT id FROM finding').execute();
    const error = await refusal(insert(2));
    expect(error.code).toBe('TOO_MANY_REQUESTS');
    expect(error.context).toMatchObject({ limit: 'queryMsPerMinute', value: 3_000 });
    expect(await rows()).toHaveLength(1);
  });

  it('refuses a growing write once the install stores its quota, and lets a delete through', async () => {
    await open({ storedBytes: 64 * 1024, storageCheckEvery: 1 });
    let error: unknown;
    for (let id = 2; id < 200 && !error; id += 1) {
      error = await insert(id, 'p'.repeat(2_000)).then(
        () => undefined,
        (e: unknown) => e,
      );
    }
    expect(error).toBeInstanceOf(ForgeSQLAPIError);
    const refused = error as ForgeSQLAPIError;
    expect(refused.code).toBe('SQL_EXECUTION_ERROR');
    expect(refused.context).toMatchObject({ limit: 'storedBytes', value: 64 * 1024 });
    const before = await rows();
    await refusal(insert(1_000, 'q'));
    expect(await rows()).toEqual(before);
    await sql.prepare('DELETE FROM finding WHERE id > ?').bindParams(1).execute();
    expect(await rows()).toHaveLength(1);
  });

  it('keeps figures a bench can read and reset, headroom being the smallest ratio of limit to use', async () => {
    await open({});
    stepPerRead = 10; // each statement 10 ms
    await insert(2);
    await sql.prepare('SELECT id, body FROM finding').execute();
    const figures = limits.figures();
    expect(figures).toMatchObject({
      statements: 2,
      dmlStatements: 1,
      ddlStatements: 0,
      maxQueryMs: 10,
      queryMsTotal: 20,
    });
    expect(figures.maxResponseBytes).toBeGreaterThan(0);
    expect(figures.maxRequestBytes).toBeGreaterThan(0);
    expect(figures.limitHits).toEqual({});
    expect(figures.headroom).toBe(Math.min(...Object.values(limits.headroomBy())));
    // The tightest is 150 DML a second ÷ the 1 seen (10 s ÷ 10 ms DML and 5 s ÷ 10 ms SELECT are 1,000 and 500).
    expect(figures.headroom).toBe(150);
    limits.reset();
    expect(limits.figures()).toMatchObject({ statements: 0, maxResponseBytes: 0, headroom: Infinity });
  });
});
