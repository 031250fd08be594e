import type { ProductAnswer, ProductHandler, ProductRequest } from '../product';
import type { LimitsObserver } from './counters';
import { type Product, productError } from './errors';
import {
  type CallFaultKind,
  type FaultKind,
  type FaultMatch,
  type FaultPlan,
  FaultPlanError,
  parseFaultPlan,
} from './faultPlan';
import { deriveSeed, mulberry32, type Random, randomSeed } from './prng';

export const DEFAULT_SLOW_MS = 1500;
export const DEFAULT_RETRY_AFTER_SECONDS = 5;

/** One fault that was injected. `call` counts calls (or, for drop-event, events) since the plan was set. */
export interface FaultLogEntry {
  call: number;
  kind: FaultKind;
  product: Product;
  /** The HTTP method; `EVENT` for a dropped event. */
  method: string;
  /** The path with its query; the event type for a dropped event. */
  path: string;
  source: 'script' | 'rate';
}

export interface FaultDecision {
  kind: CallFaultKind;
  source: 'script' | 'rate';
}

/** What an event needs for drop decisions (a Jira issue event has `eventType`). */
export interface FaultEventInfo {
  product?: Product;
  eventType?: string;
}

export interface FaultPlanDescription {
  /** The plan in force, with the seed actually used. */
  plan: FaultPlan & { seed: number };
  /** Calls and events seen since the plan was set. */
  callsSeen: number;
  eventsSeen: number;
  /** Script entries still to fire: `remaining` more matching calls (or events) until each one. */
  pendingScript: Array<{ kind: FaultKind; match?: FaultMatch; remaining: number }>;
  injected: number;
  /** The plan in plain words, one line per rule. */
  summary: string[];
}

export interface FaultInjectorOptions {
  /** An initial plan (validated like setPlan). Default: no faults. */
  plan?: unknown;
  /** How a slow answer waits. Default: a real timer. */
  sleep?: (ms: number) => Promise<void>;
}

interface ScriptState {
  call: number;
  kind: FaultKind;
  match?: FaultMatch;
  seen: number;
  done: boolean;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const matchesCall = (match: FaultMatch | undefined, request: ProductRequest): boolean =>
  !match ||
  ((match.product === undefined || match.product === request.product) &&
    (match.method === undefined || match.method.toUpperCase() === request.method.toUpperCase()) &&
    (match.pathPrefix === undefined || request.path.startsWith(match.pathPrefix)));

const matchesEvent = (match: FaultMatch | undefined, event: FaultEventInfo): boolean =>
  !match || match.product === undefined || match.product === (event.product ?? 'jira');

const ordinal = (n: number): string => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};

const describeMatch = (match: FaultMatch | undefined): string => {
  if (!match) return 'any call';
  const parts = [match.product, match.method?.toUpperCase(), match.pathPrefix && `${match.pathPrefix}*`];
  const said = parts.filter(Boolean).join(' ');
  return said || 'any call';
};

/**
 * Injects faults into product calls (and drops product events) by a plan set at run time
 * (`POST /sandbox/faults`, schema in faultPlan.ts). Kinds:
 * - `429`: answered at once with `Retry-After: retryAfterSeconds` and the product's error body;
 * - `500` / `503`: answered at once with the product's error body. **An injected 5xx never reaches
 *   the product: nothing changed**, so a retry is always safe;
 * - `500-after`: the product IS called (the change happens) and then the caller gets a 500 — the
 *   uncertain outcome idempotent code must survive;
 * - `slow`: waits `slowMs`, then passes the call through;
 * - `drop-event` (script only) and `dropEvents.probability`: a product event is never delivered.
 *
 * Script entries count matching calls from when the plan was set and fire on the Nth (1-based);
 * each fires once. If two entries fire on the same call, the first listed wins and the other is
 * spent. A script fault wins over the random rate. Random draws come from mulberry32 seeded by
 * `seed` (random and reported by describePlan() when absent): calls and events use separate
 * streams, so the same seed and the same sequence of calls give the same faults.
 * Injected answers carry `X-Sandbox-Fault: <kind>`.
 */
export class FaultInjector {
  private current: FaultPlan & { seed: number } = { seed: 0 };
  private script: ScriptState[] = [];
  private callRandom: Random = mulberry32(0);
  private eventRandom: Random = mulberry32(1);
  private calls = 0;
  private events = 0;
  private entries: FaultLogEntry[] = [];
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: FaultInjectorOptions = {}) {
    this.sleep = options.sleep ?? realSleep;
    this.setPlan(options.plan ?? {});
  }

  /** Validates and installs a plan; counting and the log start again. Throws FaultPlanError. */
  setPlan(input: unknown): FaultPlan & { seed: number } {
    const parsed = parseFaultPlan(input);
    if (!parsed.ok) throw new FaultPlanError(parsed.issues);
    const seed = parsed.plan.seed ?? randomSeed();
    this.current = { ...parsed.plan, seed };
    this.script = (parsed.plan.script ?? []).map((entry) => ({ ...entry, seen: 0, done: false }));
    this.callRandom = mulberry32(seed);
    this.eventRandom = mulberry32(deriveSeed(seed, 0x5eed));
    this.calls = 0;
    this.events = 0;
    this.entries = [];
    return this.plan();
  }

  /** No faults from now on. */
  clear(): void {
    this.setPlan({ seed: this.current.seed });
  }

  plan(): FaultPlan & { seed: number } {
    return structuredClone(this.current);
  }

  log(): FaultLogEntry[] {
    return this.entries.map((entry) => ({ ...entry }));
  }

  get slowMs(): number {
    return this.current.slowMs ?? DEFAULT_SLOW_MS;
  }

  get retryAfterSeconds(): number {
    return this.current.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS;
  }

  describePlan(): FaultPlanDescription {
    const plan = this.plan();
    const pendingScript = this.script
      .filter((entry) => !entry.done)
      .map((entry) => ({
        kind: entry.kind,
        ...(entry.match ? { match: entry.match } : {}),
        remaining: entry.call - entry.seen,
      }));
    const summary: string[] = [`seed ${plan.seed}`];
    if (plan.rate && plan.rate.probability > 0)
      summary.push(
        `${describeMatch(plan.rate.match)}: ${plan.rate.probability * 100}% fail at random as ${plan.rate.kinds.join('/')}`,
      );
    for (const entry of pendingScript)
      summary.push(
        `${entry.kind} on the ${entry.remaining === 1 ? 'next' : ordinal(entry.remaining)} ` +
          `${entry.kind === 'drop-event' ? 'event' : 'call'}${entry.remaining === 1 ? '' : ' from now'} ` +
          `(${describeMatch(entry.match)})`,
      );
    if (plan.dropEvents && plan.dropEvents.probability > 0)
      summary.push(`${plan.dropEvents.probability * 100}% of product events dropped`);
    if (summary.length === 1) summary.push('no faults');
    summary.push(`slow = ${this.slowMs} ms, injected 429 Retry-After = ${this.retryAfterSeconds} s`);
    return {
      plan,
      callsSeen: this.calls,
      eventsSeen: this.events,
      pendingScript,
      injected: this.entries.length,
      summary,
    };
  }

  /** Decides (and logs) the fault for this call, if any. Each call to it counts as one product call. */
  nextCallFault(request: ProductRequest): FaultDecision | undefined {
    this.calls += 1;
    let decision: FaultDecision | undefined;
    for (const entry of this.script) {
      if (entry.done || entry.kind === 'drop-event' || !matchesCall(entry.match, request)) continue;
      entry.seen += 1;
      if (entry.seen < entry.call) continue;
      entry.done = true;
      decision ??= { kind: entry.kind as CallFaultKind, source: 'script' };
    }
    const rate = this.current.rate;
    if (rate && matchesCall(rate.match, request)) {
      // Always draw, so one call's outcome does not shift the next one's.
      const roll = this.callRandom();
      const pick = this.callRandom();
      if (!decision && roll < rate.probability) {
        decision = { kind: rate.kinds[Math.floor(pick * rate.kinds.length)] as CallFaultKind, source: 'rate' };
      }
    }
    if (decision) {
      this.entries.push({
        call: this.calls,
        kind: decision.kind,
        product: request.product,
        method: request.method.toUpperCase(),
        path: request.path,
        source: decision.source,
      });
    }
    return decision;
  }

  /** Whether this product event is to be dropped (and logs it). Each call counts as one event. */
  nextEventDropped(event: FaultEventInfo): boolean {
    this.events += 1;
    let source: FaultLogEntry['source'] | undefined;
    for (const entry of this.script) {
      if (entry.done || entry.kind !== 'drop-event' || !matchesEvent(entry.match, event)) continue;
      entry.seen += 1;
      if (entry.seen < entry.call) continue;
      entry.done = true;
      source ??= 'script';
    }
    const drop = this.current.dropEvents;
    if (drop) {
      const roll = this.eventRandom();
      if (!source && roll < drop.probability) source = 'rate';
    }
    if (!source) return false;
    this.entries.push({
      call: this.events,
      kind: 'drop-event',
      product: event.product ?? 'jira',
      method: 'EVENT',
      path: event.eventType ?? 'event',
      source,
    });
    return true;
  }

  wrap(handler: ProductHandler, observer?: Pick<LimitsObserver, 'recordFault'>): ProductHandler {
    return async (request) => {
      const fault = this.nextCallFault(request);
      if (!fault) return handler(request);
      observer?.recordFault(fault.kind);
      return this.inject(fault.kind, request, handler);
    };
  }

  private async inject(kind: CallFaultKind, request: ProductRequest, handler: ProductHandler): Promise<ProductAnswer> {
    const marker = { 'X-Sandbox-Fault': kind };
    switch (kind) {
      case '429':
        return productError(request.product, 429, { 'Retry-After': String(this.retryAfterSeconds), ...marker });
      case '500':
      case '503':
        return productError(request.product, Number(kind), marker);
      case 'slow': {
        await this.sleep(this.slowMs);
        const answer = await handler(request);
        return { ...answer, headers: { ...answer.headers, ...marker } };
      }
      case '500-after':
        await handler(request);
        return productError(request.product, 500, marker);
    }
  }
}
