import type { ProductAnswer, ProductHandler, ProductRequest } from '../product';
import type { Product } from './errors';
import { routeKey } from './pathTemplate';

/** What happened to a product event on its way to the subscriber. */
export type EventOutcome = 'delivered' | 'dropped' | 'duplicated' | 'retried' | 'failed';

/**
 * What the rate limiter, fault injector and event delivery report as they work. `Counters`
 * implements it; anything else (a log, a test spy) may too.
 */
export interface LimitsObserver {
  recordPoints(product: Product, points: number): void;
  recordFault(kind: string): void;
  recordEvent(outcome: EventOutcome): void;
}

type PerProduct = Record<Product | 'total', number>;

export interface CountersSnapshot {
  /** Every call the app made, including those refused with a 429 or an injected fault. */
  calls: PerProduct;
  /** Calls per `METHOD template`, e.g. `GET /rest/api/3/issue/{issueIdOrKey}`, keys sorted. */
  routes: Record<string, number>;
  /** Answers per HTTP status (`'200'`, `'429'`, …). */
  statuses: Record<string, number>;
  /** Rate-limit points charged (see rateLimiter.ts for the cost model). */
  points: PerProduct;
  /** 429 answers the app received, from the rate limiter or injected. */
  tooManyRequests: PerProduct;
  faults: { total: number; byKind: Record<string, number> };
  events: Record<EventOutcome, number>;
  /** SQL statements since the last reset, when a `sqlStatements` getter was given. */
  sqlStatements?: number;
}

export interface CountersOptions {
  /** A running total of SQL statements (e.g. `() => sqlEngine.statements`); reset() takes a baseline. */
  sqlStatements?: () => number;
}

const perProduct = (): PerProduct => ({ jira: 0, confluence: 0, total: 0 });
const noEvents = (): Record<EventOutcome, number> => ({
  delivered: 0,
  dropped: 0,
  duplicated: 0,
  retried: 0,
  failed: 0,
});
const sortedCopy = (record: Map<string, number>): Record<string, number> =>
  Object.fromEntries([...record.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * Counts what the emulated products were asked and answered: calls per product and per route,
 * answers per status, rate-limit points, 429s, injected faults and event deliveries.
 * Wrap a handler with `wrap` (outermost, so it sees every call the app made).
 */
export class Counters implements LimitsObserver {
  private calls = perProduct();
  private routes = new Map<string, number>();
  private statuses = new Map<string, number>();
  private points = perProduct();
  private tooManyRequests = perProduct();
  private faults = new Map<string, number>();
  private events = noEvents();
  private sqlBaseline = 0;

  constructor(private readonly options: CountersOptions = {}) {
    this.sqlBaseline = options.sqlStatements?.() ?? 0;
  }

  wrap(handler: ProductHandler): ProductHandler {
    return async (request) => {
      this.recordCall(request);
      const answer = await handler(request);
      this.recordAnswer(request, answer);
      return answer;
    };
  }

  recordCall(request: ProductRequest): void {
    this.calls[request.product] += 1;
    this.calls.total += 1;
    const key = routeKey(request.method, request.path);
    this.routes.set(key, (this.routes.get(key) ?? 0) + 1);
  }

  recordAnswer(request: ProductRequest, answer: ProductAnswer): void {
    const status = String(answer.status);
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    if (answer.status === 429) {
      this.tooManyRequests[request.product] += 1;
      this.tooManyRequests.total += 1;
    }
  }

  recordPoints(product: Product, points: number): void {
    this.points[product] += points;
    this.points.total += points;
  }

  recordFault(kind: string): void {
    this.faults.set(kind, (this.faults.get(kind) ?? 0) + 1);
  }

  recordEvent(outcome: EventOutcome): void {
    this.events[outcome] += 1;
  }

  snapshot(): CountersSnapshot {
    const byKind = sortedCopy(this.faults);
    return {
      calls: { ...this.calls },
      routes: sortedCopy(this.routes),
      statuses: sortedCopy(this.statuses),
      points: { ...this.points },
      tooManyRequests: { ...this.tooManyRequests },
      faults: { total: Object.values(byKind).reduce((sum, n) => sum + n, 0), byKind },
      events: { ...this.events },
      ...(this.options.sqlStatements ? { sqlStatements: this.options.sqlStatements() - this.sqlBaseline } : {}),
    };
  }

  reset(): void {
    this.calls = perProduct();
    this.routes.clear();
    this.statuses.clear();
    this.points = perProduct();
    this.tooManyRequests = perProduct();
    this.faults.clear();
    this.events = noEvents();
    this.sqlBaseline = this.options.sqlStatements?.() ?? 0;
  }
}
