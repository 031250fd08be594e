import type { SqlEngine } from '../../../sandbox/platform/sqlEngine';
import { forgeLimits, kindOf, peakInWindow, SqlLimitMeter } from '../../bench/benches/scaleMeter';

/** An engine that answers each statement with the rows it is given, as Forge SQL's API would. */
function fakeEngine(rowsFor: (query: string) => unknown): SqlEngine {
  return {
    kind: 'sqlite',
    statements: 0,
    async execute(query: string) {
      return { rows: rowsFor(query) };
    },
    async close() {},
  };
}

describe('the scale bench measures statements against Forge SQL limits', () => {
  it('tells queries, writes and schema changes apart', () => {
    expect(kindOf('SELECT * FROM findings')).toBe('select');
    expect(kindOf('  with x as (select 1) select * from x')).toBe('select');
    expect(kindOf('INSERT INTO audit_trail VALUES (?)')).toBe('dml');
    expect(kindOf('update findings set body = ?')).toBe('dml');
    expect(kindOf('CREATE TABLE t (id INT)')).toBe('ddl');
    expect(kindOf('ALTER TABLE t ADD COLUMN c INT')).toBe('ddl');
  });

  it('finds the busiest window, counting or summing', () => {
    // Three statements inside one second, then one alone.
    expect(peakInWindow([0, 100, 900, 2500], 1000)).toBe(3);
    // A window is half-open: an event exactly a window later starts a new one.
    expect(peakInWindow([0, 1000], 1000)).toBe(1);
    expect(peakInWindow([0, 10_000, 70_000], 60_000, [30_000, 40_000, 5_000])).toBe(70_000);
    expect(peakInWindow([], 1000)).toBe(0);
  });

  it('counts a response over 4 MiB as a hit and reports the smallest headroom', async () => {
    const big = 'x'.repeat(forgeLimits.responseBytes);
    const engine = fakeEngine((query) => (query.includes('big') ? [{ body: big }] : [{ id: 1 }]));
    const meter = new SqlLimitMeter(engine);
    await engine.execute('SELECT id FROM small', []);
    await engine.execute('INSERT INTO findings VALUES (?)', ['a']);
    let figures = meter.figures();
    expect(figures).toMatchObject({ statements: 2, dmlStatements: 1, ddlStatements: 0, limitHits: {} });
    expect(figures.headroom).toBeGreaterThan(2);

    await engine.execute('SELECT body FROM big', []);
    figures = meter.figures();
    expect(figures.maxResponseBytes).toBeGreaterThan(forgeLimits.responseBytes);
    expect(figures.limitHits).toEqual({ response: 1 });
    expect(figures.headroom).toBeLessThan(1);

    meter.reset();
    expect(meter.figures()).toMatchObject({ statements: 0, maxResponseBytes: 0, limitHits: {} });
  });

  it('counts a request over 1 MiB as a hit', async () => {
    const engine = fakeEngine(() => []);
    const meter = new SqlLimitMeter(engine);
    await engine.execute('INSERT INTO evidence VALUES (?)', ['y'.repeat(forgeLimits.requestBytes)]);
    expect(meter.figures().limitHits).toEqual({ request: 1 });
  });

  it('measures the statements the sandbox runs as undoable ones (its Forge SQL limits layer on SQLite)', async () => {
    const engine: SqlEngine = {
      ...fakeEngine(() => [{ id: 1 }]),
      async executeUndoable(_query, _params, keep) {
        const answer = { rows: [{ id: 1 }] };
        const refusal = keep(answer);
        if (refusal) throw refusal;
        return answer;
      },
    };
    const meter = new SqlLimitMeter(engine);
    await engine.executeUndoable!('SELECT id FROM findings', [], () => undefined);
    await engine.execute('DELETE FROM evidence', []);
    expect(meter.figures()).toMatchObject({ statements: 2, dmlStatements: 1 });
  });
});
