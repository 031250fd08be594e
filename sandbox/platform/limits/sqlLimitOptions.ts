const MiB = 1024 * 1024;

/**
 * Forge SQL's documented limits ("Forge SQL limits",
 * https://developer.atlassian.com/platform/forge/limits-sql), every one overridable so a test can
 * set a small storage quota or a low rate. Sizes in bytes, times in milliseconds.
 */
export interface SqlLimitValues {
  /** Response size per query (JSON bytes of the answer). */
  responseBytes: number;
  /** Memory per query, approximated by the result's bytes (the engine's own memory is not visible here). */
  memoryBytes: number;
  /** Request size per query: the JSON of the query text and its parameters. */
  requestBytes: number;
  selectTimeoutMs: number;
  dmlTimeoutMs: number;
  ddlTimeoutMs: number;
  /** DML requests per second, per install. */
  dmlPerSecond: number;
  /** DDL requests per minute, per install. */
  ddlPerMinute: number;
  /** Total query time of all invocations within each minute, per install. */
  queryMsPerMinute: number;
  /** Total stored data, per install (production: 1 GiB). */
  storedBytes: number;
}

export const FORGE_SQL_LIMITS: Readonly<SqlLimitValues> = Object.freeze({
  responseBytes: 4 * MiB,
  memoryBytes: 16 * MiB,
  requestBytes: 1 * MiB,
  selectTimeoutMs: 5_000,
  dmlTimeoutMs: 10_000,
  ddlTimeoutMs: 20_000,
  dmlPerSecond: 150,
  ddlPerMinute: 25,
  queryMsPerMinute: 62_500,
  storedBytes: 1024 * MiB,
});

export interface SqlLimitOptions extends Partial<SqlLimitValues> {
  /** Monotonic milliseconds for statement times and rate windows (default `performance.now`). */
  monotonicNow?: () => number;
  /** Stored bytes are measured before a write at most once every this many writes (default 100). */
  storageCheckEvery?: number;
}

/** Which of Forge SQL's limits a statement counts against. */
export type StatementKind = 'select' | 'dml' | 'ddl';

const READS = new Set(['SELECT', 'WITH', 'SHOW', 'EXPLAIN', 'DESCRIBE', 'DESC', 'VALUES', 'TABLE']);
const DML = new Set(['INSERT', 'UPDATE', 'DELETE', 'REPLACE']);

/** The statement's first keyword, past comments, whitespace and opening parentheses. */
export function firstKeyword(query: string): string {
  const text = query.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/^\s*(--[^\n]*\n\s*)*/g, '');
  return (/^[\s(]*([A-Za-z]+)/.exec(text)?.[1] ?? '').toUpperCase();
}

/**
 * A statement sent on Forge SQL's DDL endpoint counts as DDL whatever it says (the migration
 * runner reads `__migrations` there); otherwise its first keyword decides.
 */
export function statementKind(query: string, endpoint?: 'dml' | 'ddl'): StatementKind {
  if (endpoint === 'ddl') return 'ddl';
  const keyword = firstKeyword(query);
  if (READS.has(keyword)) return 'select';
  if (DML.has(keyword)) return 'dml';
  return 'ddl';
}

/** Writes that add or grow rows; a DELETE is always let through so a full install can free space. */
export function growsStorage(query: string): boolean {
  const keyword = firstKeyword(query);
  return keyword === 'INSERT' || keyword === 'UPDATE' || keyword === 'REPLACE';
}

/**
 * Overrides from `SANDBOX_SQL_LIMITS`, a JSON object of limit values (e.g. `{"storedBytes":
 * 1048576}` to try a small quota under `npm start`). Unknown names or non-positive values are
 * refused by name, so a typo never silently leaves a limit at its default.
 */
export function sqlLimitsFromEnv(text = process.env.SANDBOX_SQL_LIMITS): Partial<SqlLimitValues> {
  if (!text) return {};
  const parsed = JSON.parse(text) as Record<string, unknown>;
  for (const [name, value] of Object.entries(parsed)) {
    if (!(name in FORGE_SQL_LIMITS)) throw new Error(`SANDBOX_SQL_LIMITS: no Forge SQL limit named '${name}'`);
    if (typeof value !== 'number' || !(value > 0))
      throw new Error(`SANDBOX_SQL_LIMITS: ${name} must be a positive number`);
  }
  return parsed as Partial<SqlLimitValues>;
}
