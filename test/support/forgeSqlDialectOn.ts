import { ForgeSqlDialect } from '../../src/adapters/sql/dialects/forgeSqlDialect';
import { installForgeFetch } from '../../sandbox/platform/forgeFetch';
import type { SqlEngine } from '../../sandbox/platform/sqlEngine';

/**
 * The production Forge SQL dialect, with `@forge/sql`'s HTTP calls routed to a local engine
 * through `global.__forge_fetch__` — the same hook the Forge runtime provides. What runs is the
 * real `@forge/sql` client and the real dialect; only the database underneath is local.
 */
export function forgeSqlDialectOn(engine: SqlEngine): { dialect: ForgeSqlDialect; close(): Promise<void> } {
  const uninstall = installForgeFetch({
    sql: engine,
    currentAccountId: () => undefined,
    products: async () => ({ status: 501, body: { message: 'no product in this test' } }),
  });
  return {
    dialect: new ForgeSqlDialect(),
    close: async () => {
      uninstall();
      await engine.close();
    },
  };
}
