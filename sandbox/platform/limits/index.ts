import type { ProductHandler } from '../product';
import { Counters, type CountersOptions } from './counters';
import { FaultInjector, type FaultInjectorOptions } from './faultInjector';
import { RateLimiter, type RateLimiterOptions } from './rateLimiter';

export * from './asyncEventLimits';
export * from './counters';
export * from './errors';
export * from './eventDelivery';
export * from './faultInjector';
export * from './faultPlan';
export * from './forgeSqlLimits';
export * from './invocationLimits';
export * from './pathTemplate';
export * from './prng';
export * from './rateLimiter';
export * from './slidingWindow';
export * from './sqlLimitFigures';
export * from './sqlLimitOptions';
export * from './sqlRefusal';

export interface Limits {
  rateLimiter?: RateLimiter;
  faults?: FaultInjector;
  counters?: Counters;
}

/**
 * Wraps a product handler in the limits, outermost first:
 * counters (every call the app made, every answer it got) → fault injector (may answer for the
 * product, delay, or fail after it) → rate limiter (may answer 429; charges points) → the product.
 * So an injected fault never costs points, and a call the limiter refuses still counts as a call.
 */
export function withLimits(handler: ProductHandler, limits: Limits): ProductHandler {
  const { rateLimiter, faults, counters } = limits;
  let wrapped = handler;
  if (rateLimiter) wrapped = rateLimiter.wrap(wrapped, counters);
  if (faults) wrapped = faults.wrap(wrapped, counters);
  if (counters) wrapped = counters.wrap(wrapped);
  return wrapped;
}

/** The three limits with sandbox defaults, built together. */
export function createLimits(
  options: { rateLimits?: RateLimiterOptions; faults?: FaultInjectorOptions; counters?: CountersOptions } = {},
): Required<Limits> {
  return {
    rateLimiter: new RateLimiter(options.rateLimits),
    faults: new FaultInjector(options.faults),
    counters: new Counters(options.counters),
  };
}
