/**
 * How big one multi-row statement may grow. Forge SQL refuses a request over 1 MiB; half of that
 * leaves headroom of 2 for what an estimate misses. Bytes are counted as the request carries them:
 * the SQL text plus each bound value JSON-encoded (a JSON column's quotes are escaped again there,
 * so a record of n bytes costs up to about 2n).
 */
export const maxStatementBytes = 512 * 1024;

/**
 * Bound values per statement: SQLite allows 32,766 and MySQL 65,535 placeholders; half of the
 * smaller keeps the same headroom.
 */
export const maxStatementParams = 16_000;

/** What one bound value adds to a request: its JSON form, a placeholder and a separator. */
export function boundValueBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value ?? null)) + 4;
}

/** Bytes and bound values one row adds to a statement (its SQL text is counted per value). */
export interface RowCost {
  bytes: number;
  params: number;
}

/**
 * Splits rows, in order, into runs that each fit one statement of `fixedBytes` plus the rows'
 * costs. A single row too big for any statement still gets a run of its own: the engine then
 * refuses that one statement with its own error, and nothing is silently dropped.
 */
export function withinStatementBudget<T>(items: readonly T[], cost: (item: T) => RowCost, fixedBytes = 2048): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  let bytes = fixedBytes;
  let params = 0;
  for (const item of items) {
    const next = cost(item);
    if (run.length > 0 && (bytes + next.bytes > maxStatementBytes || params + next.params > maxStatementParams)) {
      runs.push(run);
      run = [];
      bytes = fixedBytes;
      params = 0;
    }
    run.push(item);
    bytes += next.bytes;
    params += next.params;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The cost of a row written as these values (an INSERT's VALUES tuple). */
export function rowValuesCost(values: Record<string, unknown>): RowCost {
  let bytes = 4;
  let params = 0;
  for (const value of Object.values(values)) {
    bytes += boundValueBytes(value);
    params += 1;
  }
  return { bytes, params };
}
