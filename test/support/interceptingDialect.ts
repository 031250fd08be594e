import type { CompiledQuery, DatabaseConnection, Dialect, Driver, QueryResult } from 'kysely';

/**
 * Wraps a real dialect and calls `beforeStatement` with each statement's SQL just before it is
 * sent. Benches count statements with it; the crash tests throw from it to "kill the function"
 * at a chosen statement (the statement is then never sent, as after a real crash).
 */
export class InterceptingDialect implements Dialect {
  constructor(
    private readonly inner: Dialect,
    private readonly beforeStatement: (sql: string, compiled: CompiledQuery) => void,
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
        this.beforeStatement(compiled.sql, compiled);
        return connection.executeQuery<R>(compiled);
      },
      streamQuery: (compiled, chunk) => connection.streamQuery(compiled, chunk),
    });
    const unwrap = (c: DatabaseConnection) => originals.get(c) ?? c;
    return {
      init: () => driver.init(),
      acquireConnection: async () => {
        const original = await driver.acquireConnection();
        const wrapped = wrap(original);
        originals.set(wrapped, original);
        return wrapped;
      },
      beginTransaction: (c, s) => driver.beginTransaction(unwrap(c), s),
      commitTransaction: (c) => driver.commitTransaction(unwrap(c)),
      rollbackTransaction: (c) => driver.rollbackTransaction(unwrap(c)),
      releaseConnection: (c) => driver.releaseConnection(unwrap(c)),
      destroy: () => driver.destroy(),
    };
  }
}

/** A dialect that "crashes the process" at the first statement `shouldCrash` picks. */
export function crashingDialect(
  inner: Dialect,
  shouldCrash: (sql: string) => boolean,
): { dialect: Dialect; crashes(): number } {
  let crashes = 0;
  const dialect = new InterceptingDialect(inner, (sql) => {
    if (shouldCrash(sql)) {
      crashes += 1;
      throw new Error('simulated crash: the function died before this statement ran');
    }
  });
  return { dialect, crashes: () => crashes };
}
