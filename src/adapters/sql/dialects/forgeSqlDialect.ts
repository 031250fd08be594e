import { sql as forgeSql } from '@forge/sql';
import {
  CompiledQuery,
  MysqlAdapter,
  MysqlIntrospector,
  MysqlQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';
import { withRateRetry, type RateRetryOptions } from './forgeSqlRetry';

/** The part of `@forge/sql` the dialect uses (its `sql` client); injectable for tests. */
export interface ForgeSqlClient {
  prepare<T>(query: string): {
    bindParams(...params: unknown[]): { execute(): Promise<{ rows: T[] | ForgeUpdateResult }> };
  };
}

interface ForgeUpdateResult {
  affectedRows: number;
  insertId: number;
}

function isUpdateResult(rows: unknown): rows is ForgeUpdateResult {
  return !!rows && !Array.isArray(rows) && typeof rows === 'object' && 'affectedRows' in rows;
}

/**
 * Executes one compiled statement through Forge SQL. Forge answers a SELECT with an array of rows
 * and any other statement with one `{affectedRows, insertId}` object; Kysely wants both in its
 * `QueryResult` shape.
 */
class ForgeSqlConnection implements DatabaseConnection {
  constructor(
    private readonly client: ForgeSqlClient,
    private readonly retry: RateRetryOptions,
  ) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    // A rate refusal is waited out (the statement did not run); see forgeSqlRetry.ts.
    const result = await withRateRetry(
      () =>
        this.client
          .prepare<R>(compiled.sql)
          .bindParams(...compiled.parameters)
          .execute(),
      this.retry,
    );
    if (isUpdateResult(result.rows)) {
      return {
        rows: [],
        numAffectedRows: BigInt(result.rows.affectedRows ?? 0),
        insertId: result.rows.insertId ? BigInt(result.rows.insertId) : undefined,
      } as QueryResult<R>;
    }
    return { rows: (result.rows ?? []) as R[] };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Forge SQL does not stream results; page with LIMIT instead');
  }
}

class ForgeSqlDriver implements Driver {
  private readonly connection: ForgeSqlConnection;
  constructor(client: ForgeSqlClient, retry: RateRetryOptions) {
    this.connection = new ForgeSqlConnection(client, retry);
  }
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return this.connection;
  }
  // Forge SQL has no transactions (docs/architecture.md, "Store"). Failing loudly keeps anyone from relying on one.
  async beginTransaction(): Promise<void> {
    throw new Error('Forge SQL has no transactions: design the write as single atomic statements');
  }
  async commitTransaction(): Promise<void> {
    throw new Error('Forge SQL has no transactions');
  }
  async rollbackTransaction(): Promise<void> {
    throw new Error('Forge SQL has no transactions');
  }
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

/** Kysely on Forge SQL: MySQL's compiler and adapter (Forge SQL is TiDB, MySQL 8 compatible). */
export class ForgeSqlDialect implements Dialect {
  constructor(
    private readonly client: ForgeSqlClient = forgeSql as unknown as ForgeSqlClient,
    private readonly retry: RateRetryOptions = {},
  ) {}
  createAdapter(): DialectAdapter {
    return new MysqlAdapter();
  }
  createDriver(): Driver {
    return new ForgeSqlDriver(this.client, this.retry);
  }
  createQueryCompiler(): QueryCompiler {
    return new MysqlQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new MysqlIntrospector(db);
  }
}
