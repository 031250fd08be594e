import type { ProductAnswer, ProductHandler, ProductRequest } from '../product';
import type { LimitsObserver } from './counters';
import { type Product, productError } from './errors';
import { pathOnly } from './pathTemplate';

/** Atlassian's default hourly points quota for an app on one site (tests set it small). */
export const DEFAULT_POINTS_PER_WINDOW = 65_000;
export const DEFAULT_WINDOW_MS = 60 * 60 * 1000;

/** POST endpoints that only read, and so cost like a GET. */
const READ_POSTS = [/\/search\/jql$/, /\/search$/, /\/issue\/bulkfetch$/, /\/permissions\/check$/];

export function isRead(method: string, path: string): boolean {
  const verb = method.toUpperCase();
  if (verb === 'GET' || verb === 'HEAD') return true;
  return verb === 'POST' && READ_POSTS.some((pattern) => pattern.test(pathOnly(path)));
}

/** How many items an answer returned: the `issues`, `values` and `results` arrays (or a bare array). */
export function itemsReturned(body: unknown): number {
  if (Array.isArray(body)) return body.length;
  if (!body || typeof body !== 'object') return 0;
  const record = body as Record<string, unknown>;
  return ['issues', 'values', 'results'].reduce(
    (sum, key) => sum + (Array.isArray(record[key]) ? (record[key] as unknown[]).length : 0),
    0,
  );
}

/**
 * The cost model, after Atlassian's points-based limits: a read costs 1 point plus 1 per item it
 * returned; a write costs 1 point. Error answers cost 1 (they return no items).
 */
export function requestCost(request: Pick<ProductRequest, 'method' | 'path'>, answer: ProductAnswer): number {
  return isRead(request.method, request.path) ? 1 + itemsReturned(answer.body) : 1;
}

export interface RateLimiterOptions {
  /** Time, injected so tests can move it. Default: the wall clock. */
  clock?: () => Date;
  /** Points per product per window. Default 65,000. */
  pointsPerWindow?: number;
  /** Window length; windows are aligned to multiples of it since the epoch (an hour: on the hour). */
  windowMs?: number;
  /** Optional burst limit: at most this many requests per product per clock second. */
  burstPerSecond?: number;
  /** Replaces the cost model. */
  cost?: (request: ProductRequest, answer: ProductAnswer) => number;
}

export interface RateLimitState {
  limit: number;
  spent: number;
  remaining: number;
  resetAt: Date;
}

interface Budget {
  windowStart: number;
  spent: number;
  second: number;
  requestsThisSecond: number;
}

/**
 * A points budget per product per window, as on a real site. A request is let through while the
 * budget is not spent (its cost is only known from the answer, so the last one may overshoot);
 * once it is, the limiter answers 429 itself — the product is not called — with `Retry-After`
 * (whole seconds to the window's end, ≥ 1), `X-RateLimit-Limit`, `X-RateLimit-Remaining`,
 * `X-RateLimit-Reset` (ISO) and `RateLimit-Reason`, and the product's error body.
 * Refused requests cost nothing.
 */
export class RateLimiter {
  readonly pointsPerWindow: number;
  readonly windowMs: number;
  readonly burstPerSecond: number | undefined;
  private readonly clock: () => Date;
  private readonly cost: (request: ProductRequest, answer: ProductAnswer) => number;
  private readonly budgets = new Map<Product, Budget>();

  constructor(options: RateLimiterOptions = {}) {
    this.clock = options.clock ?? (() => new Date());
    this.pointsPerWindow = options.pointsPerWindow ?? DEFAULT_POINTS_PER_WINDOW;
    this.windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
    this.burstPerSecond = options.burstPerSecond;
    this.cost = options.cost ?? requestCost;
    if (!(this.pointsPerWindow > 0)) throw new RangeError('pointsPerWindow must be positive');
    if (!(this.windowMs >= 1000)) throw new RangeError('windowMs must be at least a second');
    if (this.burstPerSecond !== undefined && !(this.burstPerSecond >= 1))
      throw new RangeError('burstPerSecond must be at least 1');
  }

  private budget(product: Product, now: number): Budget {
    const windowStart = Math.floor(now / this.windowMs) * this.windowMs;
    const second = Math.floor(now / 1000);
    let budget = this.budgets.get(product);
    if (!budget) {
      budget = { windowStart, spent: 0, second, requestsThisSecond: 0 };
      this.budgets.set(product, budget);
    }
    if (budget.windowStart !== windowStart) Object.assign(budget, { windowStart, spent: 0 });
    if (budget.second !== second) Object.assign(budget, { second, requestsThisSecond: 0 });
    return budget;
  }

  state(product: Product): RateLimitState {
    const budget = this.budget(product, this.clock().getTime());
    return {
      limit: this.pointsPerWindow,
      spent: budget.spent,
      remaining: Math.max(0, this.pointsPerWindow - budget.spent),
      resetAt: new Date(budget.windowStart + this.windowMs),
    };
  }

  /**
   * The 429 answer for this request if it is over a limit, else `undefined` (and the request is
   * counted against the burst limit).
   */
  check(request: ProductRequest): ProductAnswer | undefined {
    const now = this.clock().getTime();
    const budget = this.budget(request.product, now);
    if (budget.spent >= this.pointsPerWindow) {
      const resetAt = budget.windowStart + this.windowMs;
      return this.tooMany(request.product, now, resetAt, this.pointsPerWindow, 'quota-global-based');
    }
    if (this.burstPerSecond !== undefined) {
      if (budget.requestsThisSecond >= this.burstPerSecond) {
        return this.tooMany(request.product, now, (budget.second + 1) * 1000, this.burstPerSecond, 'burst-based');
      }
      budget.requestsThisSecond += 1;
    }
    return undefined;
  }

  /** Charges the points an answered request cost; returns them. */
  charge(request: ProductRequest, answer: ProductAnswer): number {
    const points = this.cost(request, answer);
    this.budget(request.product, this.clock().getTime()).spent += points;
    return points;
  }

  wrap(handler: ProductHandler, observer?: Pick<LimitsObserver, 'recordPoints'>): ProductHandler {
    return async (request) => {
      const refused = this.check(request);
      if (refused) return refused;
      const answer = await handler(request);
      const points = this.charge(request, answer);
      observer?.recordPoints(request.product, points);
      return answer;
    };
  }

  /** Forgets all spending (a new sandbox session). */
  reset(): void {
    this.budgets.clear();
  }

  private tooMany(product: Product, now: number, resetAt: number, limit: number, reason: string): ProductAnswer {
    const retryAfter = Math.max(1, Math.ceil((resetAt - now) / 1000));
    return productError(product, 429, {
      'Retry-After': String(retryAfter),
      'X-RateLimit-Limit': String(limit),
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': new Date(resetAt).toISOString(),
      'RateLimit-Reason': `${product}-${reason}`,
    });
  }
}
