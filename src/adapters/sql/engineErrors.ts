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

/**
 * Whether a statement failed only because it lost a race inside the engine and changed nothing:
 * an InnoDB deadlock (1213) or lock-wait timeout (1205) — concurrent inserts into one unique index
 * produce these on MariaDB/MySQL — a TiDB write conflict (9007, Forge SQL's engine), or a busy
 * SQLite file. Such a statement is safe to run again.
 */
export function isTransientConflict(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { code?: unknown; errno?: unknown; message?: unknown };
  if (e.errno === 1213 || e.errno === 1205 || e.errno === 9007) return true;
  if (e.code === 'ER_LOCK_DEADLOCK' || e.code === 'ER_LOCK_WAIT_TIMEOUT' || e.code === 'SQLITE_BUSY') return true;
  const message = typeof e.message === 'string' ? e.message : '';
  return /Deadlock found|Lock wait timeout exceeded|Write conflict|database is locked/i.test(message);
}
