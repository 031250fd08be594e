import { answerJiraUsers } from '../jira/jiraUsers';
import { installForgeFetch, type ProductHandler } from './forgeFetch';
import { invokeResolver } from './functionRunner';
import { MariaDbEngine, SqliteEngine, type SqlEngine } from './sqlEngine';

export interface SandboxOptions {
  /** SQLite file (`:memory:` for a throwaway one); ignored when `mariadbUrl` is given. */
  sqliteFile?: string;
  mariadbUrl?: string;
}

export interface Counters {
  sqlStatements: number;
  productCalls: number;
}

/**
 * The local Forge platform in one object: the SQL engine behind Forge SQL, the product emulators
 * behind `requestJira`/`requestConfluence`, and the function runner that calls the app's real
 * handlers. Only one can be installed per process (it owns `global.__forge_fetch__`).
 */
export class SandboxPlatform {
  readonly sql: SqlEngine;
  private productCalls = 0;
  private readonly uninstall: () => void;
  private readonly products: ProductHandler;
  private resolverHandler: ((request: unknown, context: unknown) => Promise<unknown>) | null = null;

  constructor(options: SandboxOptions = {}) {
    this.sql = options.mariadbUrl
      ? new MariaDbEngine(options.mariadbUrl)
      : new SqliteEngine(options.sqliteFile ?? ':memory:');
    const products: ProductHandler = async (request) => {
      this.productCalls += 1;
      return (
        answerJiraUsers(request) ?? {
          status: 404,
          body: { errorMessages: [`The sandbox does not emulate ${request.method} ${request.path} yet`], errors: {} },
        }
      );
    };
    this.products = products;
    this.uninstall = installForgeFetch({ sql: this.sql, products, currentAccountId: () => undefined });
  }

  /** A product REST call from a Custom UI (`@forge/bridge` requestJira), made as the user. */
  requestProduct(
    product: 'jira' | 'confluence',
    method: string,
    path: string,
    body: unknown,
    accountId: string | undefined,
  ) {
    return this.products({ product, provider: 'user', accountId, method, path, body });
  }

  /** Calls a resolver of the app's real `src/entry/resolver.ts`, as `accountId`. */
  async invoke(functionKey: string, payload: unknown, accountId: string | undefined): Promise<unknown> {
    if (!this.resolverHandler) {
      // Loaded lazily so the hook above is in place before the app's modules first run.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      this.resolverHandler = require('../../src/entry/resolver').handler;
    }
    return invokeResolver(this.resolverHandler!, functionKey, payload, accountId);
  }

  counters(): Counters {
    return { sqlStatements: this.sql.statements, productCalls: this.productCalls };
  }

  resetCounters(): void {
    this.sql.statements = 0;
    this.productCalls = 0;
  }

  async close(): Promise<void> {
    this.uninstall();
    await this.sql.close();
  }
}
