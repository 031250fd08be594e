import type { CompiledQuery, DatabaseConnection, Dialect, Driver, QueryResult } from 'kysely';

/**
 * Wraps a real dialect and "crashes the process" at a chosen statement: the statement is never
 * sent, and the caller sees an error as it would if the function had been killed mid-write. Used to
 * prove that a write interrupted between its trail entry and its row change is found and repaired.
 */
export class CrashingDialect implements Dialect {
  crashes = 0;
  executed: string[] = [];

  constructor(
    private readonly inner: Dialect,
    private readonly shouldCrash: (sql: string) => boolean,
  ) {}

  createAdapter() {
    return this.inner.createAdapter();
  }
  createQueryCompiler() {
    return this.inner.createQueryCompiler();
  }
  createIntrospector(db: Parameters<Dialect['createIntrospector']>[0]) {
    return this.inner.createIntrospector(db);
  }
  createDriver(): Driver {
    const driver = this.inner.createDriver();
    const originals = new WeakMap<DatabaseConnection, DatabaseConnection>();
    const wrap = (connection: DatabaseConnection): DatabaseConnection => ({
      executeQuery: async <R>(compiled: CompiledQuery): Promise<QueryResult<R>> => {
        if (this.shouldCrash(compiled.sql)) {
          this.crashes += 1;
          throw new Error('simulated crash: the function died before this statement ran');
        }
        this.executed.push(compiled.sql);
        return connection.executeQuery<R>(compiled);
      },
      streamQuery: (compiled, chunk) => connection.streamQuery(compiled, chunk),
    });
    const acquire = async () => {
      const original = await driver.acquireConnection();
      const wrapped = wrap(original);
      originals.set(wrapped, original);
      return wrapped;
    };
    const unwrap = (c: DatabaseConnection) => originals.get(c) ?? c;
    return {
      init: () => driver.init(),
      acquireConnection: acquire,
      beginTransaction: (c, s) => driver.beginTransaction(unwrap(c), s),
      commitTransaction: (c) => driver.commitTransaction(unwrap(c)),
      rollbackTransaction: (c) => driver.rollbackTransaction(unwrap(c)),
      releaseConnection: (c) => driver.releaseConnection(unwrap(c)),
      destroy: () => driver.destroy(),
    };
  }
}
