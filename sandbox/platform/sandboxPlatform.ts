import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { answerJiraUsers } from '../jira/jiraUsers';
import { createOpenApiValidator, validatingHandler, type Violation } from '../openapi';
import { AppManifest } from './appManifest';
import { SandboxClock } from './clock';
import { installForgeFetch } from './forgeFetch';
import { FunctionRunner, type ExtensionContext } from './functionRunner';
import { invokingAccountId, runAs } from './invocation';
import { KvsEmulator } from './kvsEmulator';
import type { ProductHandler, ProductRequest } from './product';
import { QueueEmulator } from './queueEmulator';
import { Scheduler } from './scheduler';
import { MariaDbEngine, SqliteEngine, type SqlEngine } from './sqlEngine';

export interface SandboxOptions {
  /** SQLite file behind Forge SQL (`:memory:` for a throwaway one); ignored with `mariadbUrl`. */
  sqliteFile?: string;
  mariadbUrl?: string;
  /** SQLite file for the emulated products, KVS and queues (default: in memory). */
  platformFile?: string;
  /** The app to run: a folder with manifest.yml and src/ (default: this repository). */
  appRoot?: string;
  clock?: SandboxClock;
  /** Called for every exchange that breaks Atlassian's OpenAPI documents (default: log it). */
  onViolation?: (violation: Violation) => void;
}

export interface Counters {
  sqlStatements: number;
  productCalls: number;
}

const repoRoot = path.resolve(__dirname, '..', '..');

/**
 * The local Forge platform in one object: the SQL engine behind Forge SQL, KVS and queues, the
 * product emulators behind `requestJira`/`requestConfluence`, a scheduler on a clock tests move,
 * and the function runner that calls the app's real handlers as its manifest declares them. Only
 * one can be installed per process (it owns `global.__forge_fetch__`).
 */
export class SandboxPlatform {
  readonly clock: SandboxClock;
  readonly sql: SqlEngine;
  readonly platformDb: BetterSqlite3.Database;
  readonly manifest: AppManifest;
  readonly runner: FunctionRunner;
  readonly kvs: KvsEmulator;
  readonly queues: QueueEmulator;
  readonly scheduler: Scheduler;
  /** Every product request or answer that broke Atlassian's OpenAPI documents. Tests assert it stays empty. */
  readonly violations: Violation[] = [];
  private productCalls = 0;
  private readonly uninstall: () => void;
  private readonly products: ProductHandler;

  constructor(options: SandboxOptions = {}) {
    this.clock = options.clock ?? new SandboxClock();
    const now = () => this.clock.now();
    this.sql = options.mariadbUrl
      ? new MariaDbEngine(options.mariadbUrl)
      : new SqliteEngine(options.sqliteFile ?? ':memory:');
    this.platformDb = new BetterSqlite3(options.platformFile ?? ':memory:');
    this.platformDb.pragma('journal_mode = WAL');
    this.manifest = new AppManifest(options.appRoot ?? repoRoot);
    this.runner = new FunctionRunner(this.manifest);
    this.kvs = new KvsEmulator(this.platformDb, now);
    this.queues = new QueueEmulator(this.platformDb, now, (queue, event) => this.runConsumer(queue, event));
    this.scheduler = new Scheduler(this.manifest, now, (fn, moduleKey) =>
      runAs(undefined, () => this.runner.runScheduled(fn, moduleKey)),
    );
    const emulators: ProductHandler = async (request) => {
      this.productCalls += 1;
      return (
        answerJiraUsers(request) ?? {
          status: 404,
          body: { errorMessages: [`The sandbox does not emulate ${request.method} ${request.path} yet`], errors: {} },
        }
      );
    };
    // Every exchange is checked against Atlassian's documents where they are present (../shared).
    const validator = createOpenApiValidator();
    const onViolation =
      options.onViolation ?? ((v: Violation) => console.error(`sandbox: OpenAPI violation: ${JSON.stringify(v)}`));
    this.products = validator
      ? validatingHandler(emulators, validator, (v) => {
          this.violations.push(v);
          onViolation(v);
        })
      : emulators;
    this.uninstall = installForgeFetch({
      sql: this.sql,
      products: this.products,
      currentAccountId: invokingAccountId,
      kvs: (p, body) => this.kvs.handle(p, body),
      stargate: (p, body) => this.queues.handle(p, body),
    });
  }

  /**
   * Calls a resolver the way a Custom UI's `invoke` does, as `accountId`, from the surface named
   * by its module key (default: the programme global page).
   */
  async invoke(
    resolverKey: string,
    payload: unknown,
    accountId: string | undefined,
    moduleKey = 'audit-programme',
  ): Promise<unknown> {
    const surface = this.manifest.moduleByKey(moduleKey);
    const functionKey = (surface?.module.resolver as { function?: string } | undefined)?.function;
    if (!surface || !functionKey) throw new Error(`manifest: no Custom UI module '${moduleKey}' with a resolver`);
    const where: ExtensionContext = { moduleKey, extension: { type: surface.kind } };
    return runAs(accountId, () => this.runner.invokeResolver(functionKey, resolverKey, payload, accountId, where));
  }

  /** A product REST call from outside the app: a Custom UI's requestJira (as the user) or a test. */
  requestProduct(
    product: ProductRequest['product'],
    method: string,
    restPath: string,
    body: unknown,
    accountId: string | undefined,
    provider: 'user' | 'app' = 'user',
  ) {
    return this.products({ product, provider, accountId, method, path: restPath, body });
  }

  /** One turn of the platform's background work: due scheduled triggers, then due queue events. */
  async tick(): Promise<{ scheduled: string[]; queueEvents: number }> {
    const scheduled = await this.scheduler.tick();
    const queueEvents = await this.queues.drain();
    return { scheduled, queueEvents };
  }

  private runConsumer(queue: string, event: Record<string, unknown>): Promise<unknown> {
    const consumer = this.manifest.consumerFor(queue);
    if (!consumer) throw new Error(`manifest: no consumer for queue '${queue}'`);
    return runAs(undefined, () => this.runner.runConsumer(consumer.functionKey, event));
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
    this.platformDb.close();
  }
}
