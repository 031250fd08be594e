import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { ConfluenceEmulator } from '../confluence/confluenceEmulator';
import { demoUsers } from './users';
import { JiraEmulator, type IssueEvent } from '../jira/jiraEmulator';
import { jiraModulesFromManifest } from '../jira/manifestModules';
import { createOpenApiValidator, validatingHandler, type Violation } from '../openapi';
import { AppManifest } from '../platform/appManifest';
import { SandboxClock, type ClockState } from '../platform/clock';
import { installForgeFetch } from '../platform/forgeFetch';
import { installForgeRuntime } from '../platform/forgeRuntime';
import { FunctionRunner, type ExtensionContext } from '../platform/functionRunner';
import { invokingAccountId, runAs } from '../platform/invocation';
import { KvsEmulator } from '../platform/kvsEmulator';
import {
  createLimits,
  EventDelivery,
  ForgeSqlLimits,
  FORGE_SQL_LIMITS,
  InvocationLimits,
  sqlLimitsFromEnv,
  withLimits,
  type Counters,
  type CountersSnapshot,
  type FaultInjector,
  type ProductEvent,
  type RateLimiter,
  type SqlLimitOptions,
} from '../platform/limits';
import type { ProductHandler, ProductRequest } from '../platform/product';
import { QueueEmulator } from '../platform/queueEmulator';
import { Scheduler } from '../platform/scheduler';
import { evaluateWorkflowCondition } from '../jira/workflowConditions';
import { MariaDbEngine, SqliteEngine, type SqlEngine } from '../platform/sqlEngine';

export interface SandboxOptions {
  /** SQLite file behind Forge SQL (`:memory:` for a throwaway one); ignored with `mariadbUrl`. */
  sqliteFile?: string;
  mariadbUrl?: string;
  /** SQLite file for the emulated products, KVS and queues (default: in memory). */
  platformFile?: string;
  /** The app to run: a folder with manifest.yml and src/ (default: this repository). */
  appRoot?: string;
  clock?: SandboxClock;
  /** Points per hour per product (default as on real sites; small in tests). */
  pointsPerHour?: number;
  /**
   * The product points pool to charge: pass one `RateLimiter` to several sandboxes and they share
   * it, as an app's installations share its quota (default: a pool of this sandbox's own).
   */
  pointsPool?: RateLimiter;
  /**
   * Forge SQL's limits (default: Forge's documented values, then any `SANDBOX_SQL_LIMITS` JSON);
   * `false` lifts them but keeps the figures.
   */
  sqlLimits?: SqlLimitOptions | false;
  /** Called for every exchange that breaks Atlassian's OpenAPI documents (default: throw under Jest, else log). */
  onViolation?: (violation: Violation) => void;
  /** Start from another sandbox's `image()` (SQLite only) instead of empty stores. */
  image?: SandboxImage;
}

/**
 * Everything a sandbox on SQLite holds between calls: Forge SQL's database, the products', KVS's
 * and queues' database, and its clock. Restoring one gives the same data as the run that made it
 * (the demo seeded once per test run instead of once per browser suite).
 */
export interface SandboxImage {
  sql: Buffer;
  platform: Buffer;
  clock: ClockState;
}

const repoRoot = path.resolve(__dirname, '..', '..');

/**
 * The local Forge platform in one object: the SQL engine behind Forge SQL, KVS and queues, the
 * product emulators behind `requestJira`/`requestConfluence`, a scheduler on a clock tests move,
 * and the function runner that calls the app's real handlers as its manifest declares them. Only
 * one can be installed at a time (it owns `global.__forge_fetch__`), and the app's code keeps
 * per-instance caches as on Forge (migrations run once per function instance): give each test
 * file that runs the app's resolvers one platform.
 */
export class SandboxPlatform {
  readonly clock: SandboxClock;
  /** The database itself, for seeding and inspecting; the app reaches it only through `sqlLimits`. */
  readonly sql: SqlEngine;
  /** Forge SQL's limits in front of `sql`; `figures()` and `reset()` for benches. */
  readonly sqlLimits: ForgeSqlLimits;
  readonly platformDb: BetterSqlite3.Database;
  readonly manifest: AppManifest;
  readonly runner: FunctionRunner;
  readonly kvs: KvsEmulator;
  readonly queues: QueueEmulator;
  readonly scheduler: Scheduler;
  readonly confluence: ConfluenceEmulator;
  readonly jira: JiraEmulator;
  /** Jira's issue events on their way to the app's triggers: at least once, optionally duplicated, reordered or dropped. */
  readonly events: EventDelivery;
  /** Every product request or answer that broke Atlassian's OpenAPI documents. Tests assert it stays empty. */
  readonly violations: Violation[] = [];
  readonly counters: Counters;
  readonly faults: FaultInjector;
  readonly rateLimiter: RateLimiter;
  private readonly uninstall: () => void;
  private readonly products: ProductHandler;

  constructor(options: SandboxOptions = {}) {
    const { image } = options;
    if (image && options.mariadbUrl) throw new Error('A sandbox image holds SQLite databases: leave mariadbUrl out');
    this.clock = options.clock ?? new SandboxClock(image?.clock);
    const now = () => this.clock.now();
    this.sql = options.mariadbUrl
      ? new MariaDbEngine(options.mariadbUrl)
      : new SqliteEngine(image?.sql ?? options.sqliteFile ?? ':memory:');
    const lifted = Object.fromEntries(Object.keys(FORGE_SQL_LIMITS).map((name) => [name, Infinity]));
    this.sqlLimits = new ForgeSqlLimits(
      this.sql,
      options.sqlLimits === false ? lifted : { ...sqlLimitsFromEnv(), ...options.sqlLimits },
    );
    this.platformDb = new BetterSqlite3(image?.platform ?? options.platformFile ?? ':memory:');
    this.platformDb.pragma('journal_mode = WAL');
    this.manifest = new AppManifest(options.appRoot ?? repoRoot);
    this.runner = new FunctionRunner(this.manifest, new InvocationLimits());
    this.kvs = new KvsEmulator(this.platformDb, now);
    this.queues = new QueueEmulator(this.platformDb, now, (queue, event) => this.runConsumer(queue, event));
    this.scheduler = new Scheduler(this.manifest, now, (fn, moduleKey) =>
      runAs(undefined, () => this.runner.runScheduled(fn, moduleKey)),
    );
    this.confluence = new ConfluenceEmulator({ database: this.platformDb, clock: now, users: demoUsers });
    const emulators: ProductHandler = async (request) =>
      request.product === 'confluence' ? this.confluence.handle(request) : this.jira.handle(request);
    // Rate limits and injected faults sit between the app and the products, as the real network
    // and Atlassian's edge do; counters see every call the app makes.
    const limits = createLimits({
      rateLimits: { clock: now, ...(options.pointsPerHour ? { pointsPerWindow: options.pointsPerHour } : {}) },
      counters: { sqlStatements: () => this.sql.statements },
    });
    this.counters = limits.counters;
    this.faults = limits.faults;
    this.rateLimiter = options.pointsPool ?? limits.rateLimiter;
    this.events = new EventDelivery({
      subscriber: (event) => this.deliverIssueEvent(event),
      faults: limits.faults,
      observer: limits.counters,
    });
    this.jira = new JiraEmulator({
      database: this.platformDb,
      clock: now,
      users: demoUsers,
      timeZone: 'Europe/Dublin',
      ...jiraModulesFromManifest(this.manifest),
      workflowRules: {
        validate: (moduleKey, input) => this.runWorkflowValidator(moduleKey, input),
        condition: (moduleKey, issueKey, accountId) => {
          const module = this.manifest.list('jira:workflowCondition').find((m) => m.key === moduleKey);
          if (!module || typeof module.expression !== 'string') {
            throw new Error(`manifest: no jira:workflowCondition '${moduleKey}' with an expression`);
          }
          const user = demoUsers.find((u) => u.accountId === accountId);
          return evaluateWorkflowCondition(
            (request) => this.jira.handle(request),
            module.expression,
            issueKey,
            user ? { accountId: user.accountId, displayName: user.displayName } : null,
            now(),
          );
        },
      },
      onIssueEvent: (event: IssueEvent) => {
        this.events.publish({ ...event, product: 'jira' } as ProductEvent);
      },
    });
    const limited = withLimits(emulators, { ...limits, rateLimiter: this.rateLimiter });
    // Every exchange is checked against Atlassian's documents where they are present (../shared).
    const validator = createOpenApiValidator();
    // Under Jest a violation throws, so the request that broke the contract fails the test that
    // made it; `npm start` logs it and carries on.
    const underTest = process.env.JEST_WORKER_ID !== undefined;
    const onViolation =
      options.onViolation ??
      ((v: Violation) => {
        if (underTest) throw new Error(`OpenAPI violation: ${JSON.stringify(v)}`);
        console.error(`sandbox: OpenAPI violation: ${JSON.stringify(v)}`);
      });
    this.products = validator
      ? validatingHandler(limited, validator, (v) => {
          this.violations.push(v);
          onViolation(v);
        })
      : limited;
    const uninstallFetch = installForgeFetch({
      sql: this.sqlLimits,
      products: this.products,
      currentAccountId: invokingAccountId,
      kvs: (p, body) => this.kvs.handle(p, body),
      stargate: (p, body) => this.queues.handle(p, body),
      invocations: this.runner.limits,
    });
    const uninstallRuntime = installForgeRuntime();
    this.uninstall = () => {
      uninstallRuntime();
      uninstallFetch();
    };
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

  /** One turn of the platform's background work: product events, due scheduled triggers, due queue events. */
  async tick(): Promise<{ scheduled: string[]; queueEvents: number }> {
    await this.events.flush();
    const scheduled = await this.scheduler.tick();
    const queueEvents = await this.queues.drain();
    await this.events.flush();
    return { scheduled, queueEvents };
  }

  /**
   * Delivers one Jira issue event to every trigger subscribed to it, as Forge does. A trigger that
   * throws or returns `InvocationError` gets the event again (EventDelivery retries it).
   */
  private async deliverIssueEvent(event: ProductEvent): Promise<unknown> {
    const { product: _product, ...payload } = event;
    for (const trigger of this.manifest.triggersFor(event.eventType)) {
      // `ignoreSelf` drops the events the app's own asApp() calls caused.
      if (trigger.ignoreSelf && payload.selfGenerated) continue;
      const principal = typeof payload.atlassianId === 'string' ? payload.atlassianId : undefined;
      const answer = await runAs(principal, () => this.runner.runTrigger(trigger.functionKey, payload, principal));
      if (answer && typeof answer === 'object' && (answer as { _retry?: unknown })._retry === true) return answer;
    }
    return undefined;
  }

  /** A `jira:workflowValidator` module's function, called as Jira calls it on a transition. */
  private async runWorkflowValidator(
    moduleKey: string,
    input: unknown,
  ): Promise<{ result: boolean; errorMessage?: string }> {
    const module = this.manifest.list('jira:workflowValidator').find((m) => m.key === moduleKey);
    if (!module || typeof module.function !== 'string') {
      throw new Error(`manifest: no function-based jira:workflowValidator '${moduleKey}'`);
    }
    const fn = module.function;
    return (await runAs(undefined, () => this.runner.runValidator(fn, input))) as {
      result: boolean;
      errorMessage?: string;
    };
  }

  /** A macro's `adfExport` function, as Confluence's PDF/Word export calls it for the user exporting. */
  runAdfExport(functionKey: string, payload: unknown, accountId: string | undefined): Promise<unknown> {
    return runAs(accountId, () => this.runner.runAdfExport(functionKey, payload, accountId));
  }

  private runConsumer(queue: string, event: Record<string, unknown>): Promise<unknown> {
    const consumer = this.manifest.consumerFor(queue);
    if (!consumer) throw new Error(`manifest: no consumer for queue '${queue}'`);
    return runAs(undefined, () => this.runner.runConsumer(consumer.functionKey, event));
  }

  snapshot(): CountersSnapshot {
    return this.counters.snapshot();
  }

  /** Zeroes the counters and the rate-limit budget (POST /sandbox/reset). */
  resetCounters(): void {
    this.sql.statements = 0;
    this.sqlLimits.reset();
    this.counters.reset();
    this.rateLimiter.reset();
  }

  /** This sandbox's stores and clock, to start another from (see `SandboxImage`). */
  image(): SandboxImage {
    if (!(this.sql instanceof SqliteEngine)) throw new Error('Only a sandbox on SQLite can be imaged');
    return { sql: this.sql.database.serialize(), platform: this.platformDb.serialize(), clock: this.clock.state() };
  }

  async close(): Promise<void> {
    this.uninstall();
    await this.sql.close();
    this.platformDb.close();
  }
}
