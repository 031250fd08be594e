/**
 * Whether a failed statement broke a unique key, on any of our three engines: SQLite
 * (`SQLITE_CONSTRAINT_PRIMARYKEY`/`_UNIQUE`), MariaDB/MySQL through mysql2 (errno 1062,
 * `ER_DUP_ENTRY`), and Forge SQL, whose API reports the engine's message ("Duplicate entry … for
 * key …") inside a `ForgeSQLAPIError`. Unique keys are how this store claims things without
 * transactions, so this check is load-bearing.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { code?: unknown; errno?: unknown; message?: unknown };
  if (e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || e.code === 'SQLITE_CONSTRAINT_UNIQUE') return true;
  if (e.code === 'ER_DUP_ENTRY' || e.errno === 1062) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  return /Duplicate entry .* for key|UNIQUE constraint failed/i.test(message);
}
