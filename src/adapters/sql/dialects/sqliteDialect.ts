import BetterSqlite3 from 'better-sqlite3';
import { SqliteDialect } from 'kysely';

/**
 * The embedded default for `npm start` and fast tests. WAL mode and a busy timeout let several
 * connections (the sandbox and a test) share one file without "database is locked" errors.
 */
export function sqliteDialect(file = ':memory:'): { dialect: SqliteDialect; database: BetterSqlite3.Database } {
  const database = new BetterSqlite3(file);
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  return { dialect: new SqliteDialect({ database }), database };
}
