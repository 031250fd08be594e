import { ForgeSqlLimits, SqlLimitRefusal } from '../../sandbox/platform/limits';
import { MariaDbEngine } from '../../sandbox/platform/sqlEngine';
import { freshMariaDb } from '../support/mariadb';

/**
 * Forge SQL's per-statement timeouts on MariaDB: the server stops a statement at its limit and
 * undoes it, so a write past its time is refused while it runs and changes nothing, as on Forge
 * SQL (measured only afterwards, its effect would have stayed). Small limits keep the test short;
 * `SLEEP` inside a statement stands for a slow one.
 */
describe('Forge SQL statement timeouts on MariaDB', () => {
  let engine: MariaDbEngine;
  let limits: ForgeSqlLimits;
  let drop: () => Promise<void>;

  beforeEach(async () => {
    const fresh = await freshMariaDb();
    drop = fresh.drop;
    engine = new MariaDbEngine(fresh.url);
    await engine.execute('CREATE TABLE finding (id INT PRIMARY KEY, body TEXT NOT NULL) ENGINE=InnoDB', []);
    await engine.execute("INSERT INTO finding (id, body) VALUES (1, 'seed')", []);
    limits = new ForgeSqlLimits(engine, { selectTimeoutMs: 500, dmlTimeoutMs: 800 });
  });
  afterEach(async () => {
    await limits.close();
    await drop();
  });

  const refusal = async (work: Promise<unknown>): Promise<SqlLimitRefusal> => {
    const error = await work.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SqlLimitRefusal);
    return error as SqlLimitRefusal;
  };
  const rows = async () => (await engine.execute('SELECT id, body FROM finding ORDER BY id', [])).rows;

  it('stops a write past the DML timeout and leaves the row as it was', async () => {
    // Without the server's limit this UPDATE would run its 3 s, change the row, and only then be refused.
    const error = await refusal(
      limits.execute("UPDATE finding SET body = 'changed' WHERE id = ? AND SLEEP(3) = 0", [1]),
    );
    expect(error.status).toBe(504);
    expect(error.body).toMatchObject({ code: 'QUERY_TIMED_OUT', context: { limit: 'dmlTimeoutMs', value: 800 } });
    expect(await rows()).toEqual([{ id: 1, body: 'seed' }]);
    expect(limits.figures().limitHits).toEqual({ dmlTimeoutMs: 1 });
  }, 60_000);

  it('stops an insert of many rows past the DML timeout: none of them is written', async () => {
    const error = await refusal(
      limits.execute('INSERT INTO finding (id, body) SELECT seq, ? FROM seq_2_to_40 WHERE SLEEP(0.1) = 0', ['late']),
    );
    expect(error.body.code).toBe('QUERY_TIMED_OUT');
    expect(await rows()).toEqual([{ id: 1, body: 'seed' }]);
  }, 60_000);

  it('answers QUERY_TIMED_OUT for a SELECT past the SELECT timeout, and runs the next statement normally', async () => {
    const error = await refusal(limits.execute('SELECT id FROM finding WHERE SLEEP(3) = 0', []));
    expect(error.body).toMatchObject({ code: 'QUERY_TIMED_OUT', context: { limit: 'selectTimeoutMs', value: 500 } });
    // The limit was this statement's alone: the connection's next statements are unlimited again.
    expect((await engine.execute('SELECT id FROM finding WHERE SLEEP(1) = 0', [])).rows).toEqual([{ id: 1 }]);
    expect((await limits.execute('SELECT body FROM finding WHERE id = ?', [1])).rows).toEqual([{ body: 'seed' }]);
  }, 60_000);
});
