import BetterSqlite3 from 'better-sqlite3';
import { createPool, type Pool, type ResultSetHeader } from 'mysql2/promise';

/**
 * The database behind the sandbox's Forge SQL: it answers exactly what Forge SQL's HTTP API
 * answers (docs/forge.md "Forge SQL") — a SELECT gives `{rows: [...]}`, anything else `{rows: {affectedRows,
 * insertId, …}}`, and a failure `{code, message}` — so `@forge/sql` and the app's Forge SQL dialect
 * run unmodified against it.
 */
export interface SqlEngine {
  readonly kind: 'sqlite' | 'mariadb';
  execute(query: string, params: unknown[]): Promise<{ rows: unknown }>;
  /** Statements executed since the last reset (the Forge SQL quota is per statement). */
  statements: number;
  close(): Promise<void>;
  /** Bytes the database stores (tables and indexes), measured cheaply; for Forge SQL's storage quota. */
  storedBytes?(): Promise<number>;
  /**
   * Runs one statement so that it can still be undone: `keep` sees the answer and, if it returns
   * an error, the statement's changes are rolled back and that error is thrown. How the limits
   * layer makes a statement that ran over its timeout change nothing, as on Forge SQL.
   */
  executeUndoable?(
    query: string,
    params: unknown[],
    keep: (answer: { rows: unknown }) => Error | undefined,
  ): Promise<{ rows: unknown }>;
  /**
   * Runs one statement that the engine itself stops once it has run `limitMs`, undoing what it
   * did, and rejects with `StatementTimedOut`: how Forge SQL's per-statement timeouts act, where
   * the engine can interrupt a statement (MariaDB's `max_statement_time`).
   */
  executeWithin?(query: string, params: unknown[], limitMs: number): Promise<{ rows: unknown }>;
}

export class SqlExecutionError extends Error {
  readonly code = 'SQL_EXECUTION_ERROR';
  /** The engine's own error number, where it has one (MariaDB's). */
  constructor(
    message: string,
    readonly errno?: number,
  ) {
    super(message);
  }
}

/** The engine stopped a statement at its time limit (see `SqlEngine.executeWithin`). */
export class StatementTimedOut extends Error {
  constructor(readonly limitMs: number) {
    super(`The statement was stopped after ${limitMs} ms`);
    this.name = 'StatementTimedOut';
  }
}

/** MariaDB's ER_STATEMENT_TIMEOUT: "Query execution was interrupted (max_statement_time exceeded)". */
const MARIADB_STATEMENT_TIMEOUT = 1969;

const updateResult = (affectedRows: number, insertId: number) => ({
  rows: { affectedRows, insertId, fieldCount: 0, info: '', serverStatus: 2, warningStatus: 0 },
});

/** SQLite speaking Forge's MySQL dialect: backticks and `?` work as-is; a few DDL forms are mapped. */
export class SqliteEngine implements SqlEngine {
  readonly kind = 'sqlite';
  statements = 0;
  readonly database: BetterSqlite3.Database;

  /** A file, `:memory:`, or a serialized database to open in memory (a sandbox image). */
  constructor(file: string | Buffer = ':memory:') {
    this.database = new BetterSqlite3(file);
    this.database.pragma('journal_mode = WAL');
    this.database.pragma('busy_timeout = 5000');
  }

  async execute(query: string, params: unknown[]): Promise<{ rows: unknown }> {
    return this.run(query, params);
  }

  /** Synchronous throughout (better-sqlite3), so no other statement can slip into the savepoint. */
  async executeUndoable(
    query: string,
    params: unknown[],
    keep: (answer: { rows: unknown }) => Error | undefined,
  ): Promise<{ rows: unknown }> {
    this.database.exec('SAVEPOINT forge_statement');
    let answer: { rows: unknown };
    try {
      answer = this.run(query, params);
    } catch (error) {
      this.database.exec('ROLLBACK TO forge_statement; RELEASE forge_statement');
      throw error;
    }
    const refusal = keep(answer);
    this.database.exec(refusal ? 'ROLLBACK TO forge_statement; RELEASE forge_statement' : 'RELEASE forge_statement');
    if (refusal) throw refusal;
    return answer;
  }

  /** Pages in use (tables and indexes, not free pages left by deletes) times page size: O(1). */
  async storedBytes(): Promise<number> {
    const pages =
      (this.database.pragma('page_count', { simple: true }) as number) -
      (this.database.pragma('freelist_count', { simple: true }) as number);
    const size = this.database.pragma('page_size', { simple: true }) as number;
    return pages * size;
  }

  private run(query: string, params: unknown[]): { rows: unknown } {
    this.statements += 1;
    const text = toSqlite(query);
    const values = params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p));
    try {
      const statement = this.database.prepare(text);
      if (statement.reader) return { rows: statement.all(...values) };
      const info = statement.run(...values);
      return updateResult(info.changes, Number(info.lastInsertRowid));
    } catch (error) {
      throw new SqlExecutionError(asMysqlMessage(error));
    }
  }

  async close(): Promise<void> {
    this.database.close();
  }
}

/** The DDL Forge's migration runner sends, in the form SQLite accepts. */
function toSqlite(query: string): string {
  return query.replace(/BIGINT\s+PRIMARY\s+KEY\s+AUTO_INCREMENT/i, 'INTEGER PRIMARY KEY AUTOINCREMENT');
}

/** A unique-key failure reads as MySQL/TiDB word it, since that is what the app meets on Forge. */
function asMysqlMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unique = /UNIQUE constraint failed: (.+)$/.exec(message);
  return unique ? `Duplicate entry '?' for key '${unique[1]}'` : message;
}

export class MariaDbEngine implements SqlEngine {
  readonly kind = 'mariadb';
  statements = 0;
  private readonly pool: Pool;

  constructor(url: string, connectionLimit = 10) {
    this.pool = createPool({ uri: url, connectionLimit, supportBigNumbers: true, dateStrings: true });
  }

  async execute(query: string, params: unknown[]): Promise<{ rows: unknown }> {
    this.statements += 1;
    try {
      const [result] = await this.pool.query(query, params);
      if (Array.isArray(result)) return { rows: result };
      const header = result as ResultSetHeader;
      return updateResult(header.affectedRows, header.insertId);
    } catch (error) {
      const errno = (error as { errno?: unknown }).errno;
      throw new SqlExecutionError(
        error instanceof Error ? error.message : String(error),
        typeof errno === 'number' ? errno : undefined,
      );
    }
  }

  /**
   * The server stops the statement at `limitMs` (`SET STATEMENT max_statement_time=… FOR …`, this
   * statement alone) and rolls it back as any failed statement is, so a SELECT or a write past
   * Forge SQL's timeout is refused while it runs and changes nothing, as on Forge SQL.
   */
  async executeWithin(query: string, params: unknown[], limitMs: number): Promise<{ rows: unknown }> {
    const seconds = (Math.max(1, Math.round(limitMs)) / 1000).toFixed(3);
    try {
      return await this.execute(`SET STATEMENT max_statement_time=${seconds} FOR ${query}`, params);
    } catch (error) {
      if (error instanceof SqlExecutionError && error.errno === MARIADB_STATEMENT_TIMEOUT)
        throw new StatementTimedOut(limitMs);
      throw error;
    }
  }

  /** Data and index length of this database's tables, from information_schema (estimates, refreshed by the server). */
  async storedBytes(): Promise<number> {
    const [rows] = await this.pool.query(
      'SELECT COALESCE(SUM(data_length + index_length), 0) AS bytes FROM information_schema.tables WHERE table_schema = DATABASE()',
    );
    return Number((rows as { bytes: unknown }[])[0]?.bytes ?? 0);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
