import {
  maxStatementBytes,
  maxStatementParams,
  rowValuesCost,
  withinStatementBudget,
} from '../../../src/adapters/sql/statementBudget';

describe('multi-row statements within Forge SQL’s request size', () => {
  it('splits rows in order so that no run exceeds the byte budget', () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({ id: i, bytes: 20_000 }));
    const runs = withinStatementBudget(rows, (row) => ({ bytes: row.bytes, params: 1 }), 2048);
    expect(runs.flat()).toEqual(rows);
    for (const run of runs) expect(2048 + run.length * 20_000).toBeLessThanOrEqual(maxStatementBytes);
    // 512 KiB less the fixed part holds 26 rows of 20,000 bytes.
    expect(runs.map((run) => run.length)).toEqual([26, 26, 26, 22]);
  });

  it('splits on the number of bound values too', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => i);
    const runs = withinStatementBudget(rows, () => ({ bytes: 10, params: 12 }));
    expect(runs.every((run) => run.length * 12 <= maxStatementParams)).toBe(true);
    expect(runs.flat()).toEqual(rows);
  });

  it('gives a row too big for any statement a run of its own instead of dropping it', () => {
    const runs = withinStatementBudget([1, 2, 3], (n) => ({ bytes: n === 2 ? 2 * maxStatementBytes : 10, params: 1 }));
    expect(runs).toEqual([[1], [2], [3]]);
  });

  it('counts a JSON value as the request carries it, escaped quotes included', () => {
    const json = JSON.stringify({ note: 'a "quoted" word' });
    expect(rowValuesCost({ body: json }).bytes).toBeGreaterThan(Buffer.byteLength(json) + 6);
    expect(rowValuesCost({ a: 1, b: null, c: 'x' }).params).toBe(3);
  });
});
