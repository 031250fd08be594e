import type { LimitsObserver } from './counters';
import type { Product } from './errors';
import type { FaultInjector } from './faultInjector';
import { mulberry32, type Random, randomSeed, shuffleInPlace } from './prng';

/** Forge retries a failed event function at most this many times (docs/forge.md). */
export const MAX_EVENT_RETRIES = 4;
export const DEFAULT_DUPLICATE_PROBABILITY = 0.3;
export const DEFAULT_REORDER_WINDOW = 3;

/** A product event, e.g. a Jira issue event `{eventType: 'avi:jira:updated:issue', issue, …}`. */
export interface ProductEvent {
  eventType: string;
  /** Which product raised it; Jira if absent. */
  product?: Product;
  [key: string]: unknown;
}

export interface DeliveryMeta {
  /** Publication order, 1-based. */
  sequence: number;
  /** 1 for the first try, 2… for retries. */
  attempt: number;
  /** True for the extra copy of an event delivered twice. */
  duplicate: boolean;
}

/**
 * The app's side: a trigger handler. Throwing, or returning Forge's `InvocationError` shape
 * (`{_retry: true, retryOptions?: {retryAfter}}`), asks for a retry.
 */
export type EventSubscriber = (event: ProductEvent, meta: DeliveryMeta) => Promise<unknown>;

export interface EventDeliveryModes {
  /** Deliver some events twice (each successful delivery is repeated with `duplicateProbability`). */
  duplicate: boolean;
  duplicateProbability: number;
  /** Shuffle deliveries within consecutive windows of `reorderWindow` events. */
  reorder: boolean;
  reorderWindow: number;
  /**
   * Drop this share of events on top of the fault plan (`dropEvents.probability` and `drop-event`
   * script entries, consulted whenever a FaultInjector is given). A dropped event is never
   * delivered: only a scheduled reconciliation can repair what it would have done.
   */
  dropProbability: number;
}

export interface EventDeliveryOptions extends Partial<EventDeliveryModes> {
  subscriber: EventSubscriber;
  /** Seeds duplicates, reordering and `dropProbability`. Random (see `seed`) if absent. */
  seed?: number;
  faults?: FaultInjector;
  /** Counters (or any observer): events delivered/dropped/duplicated/retried/failed, drop faults. */
  observer?: Pick<LimitsObserver, 'recordEvent' | 'recordFault'>;
  /** Retries after the first failed try. Default 4, as Forge. */
  maxRetries?: number;
  /** Back-off before retry n (1-based), unless the subscriber asked for `retryAfter`. Default 2^(n-1) s. */
  retryDelayMs?: (retry: number) => number;
  /**
   * How back-off waits. Default: not at all (sandbox time is virtual); pass e.g.
   * `async (ms) => { clock.advance(ms); }` to move the sandbox clock.
   */
  sleep?: (ms: number) => Promise<void>;
}

export interface DeliveryRecord {
  sequence: number;
  eventType: string;
  outcome: 'delivered' | 'dropped' | 'failed';
  /** Subscriber calls made for this copy (0 for a dropped event). */
  attempts: number;
  duplicate: boolean;
  /** The last error of a failed copy. */
  error?: string;
}

interface Pending {
  sequence: number;
  event: ProductEvent;
  duplicate: boolean;
}

const retryAfterOf = (value: unknown): number | undefined => {
  if (!value || typeof value !== 'object' || (value as { _retry?: unknown })._retry !== true) return undefined;
  const after = Number((value as { retryOptions?: { retryAfter?: unknown } }).retryOptions?.retryAfter ?? 1);
  return Number.isFinite(after) && after > 0 ? after : 1;
};

/**
 * Product events (Jira issue events) on their way to the app, delivered at least once: by
 * setting, some twice, some out of order, some never (dropped). A subscriber that throws (or
 * returns an InvocationError) is retried with back-off up to `maxRetries` times — so at most
 * 1 + 4 calls — and the event then counts as failed. Nothing is delivered until `flush()`.
 */
export class EventDelivery {
  readonly seed: number;
  private modes: EventDeliveryModes;
  private readonly random: Random;
  private readonly queue: Pending[] = [];
  private readonly records: DeliveryRecord[] = [];
  private sequence = 0;
  private flushing: Promise<void> | undefined;

  constructor(private readonly options: EventDeliveryOptions) {
    this.seed = (options.seed ?? randomSeed()) >>> 0;
    this.random = mulberry32(this.seed);
    this.modes = {
      duplicate: options.duplicate ?? false,
      duplicateProbability: options.duplicateProbability ?? DEFAULT_DUPLICATE_PROBABILITY,
      reorder: options.reorder ?? false,
      reorderWindow: options.reorderWindow ?? DEFAULT_REORDER_WINDOW,
      dropProbability: options.dropProbability ?? 0,
    };
  }

  /** Changes the modes from now on (e.g. from POST /sandbox/faults). */
  configure(modes: Partial<EventDeliveryModes>): EventDeliveryModes {
    this.modes = { ...this.modes, ...modes };
    return { ...this.modes };
  }

  currentModes(): EventDeliveryModes {
    return { ...this.modes };
  }

  /** Queues an event (or drops it, by the fault plan or `dropProbability`). Returns its sequence. */
  publish(event: ProductEvent): number {
    this.sequence += 1;
    const sequence = this.sequence;
    const byPlan = this.options.faults?.nextEventDropped(event) ?? false;
    const byMode = this.modes.dropProbability > 0 && this.random() < this.modes.dropProbability;
    if (byPlan || byMode) {
      if (byPlan) this.options.observer?.recordFault('drop-event');
      this.options.observer?.recordEvent('dropped');
      this.records.push({ sequence, eventType: event.eventType, outcome: 'dropped', attempts: 0, duplicate: false });
      return sequence;
    }
    this.queue.push({ sequence, event: structuredClone(event), duplicate: false });
    return sequence;
  }

  /** Events waiting for flush() (duplicates included). */
  pending(): number {
    return this.queue.length;
  }

  /** What happened to every event so far, in the order it happened. */
  deliveries(): DeliveryRecord[] {
    return this.records.map((record) => ({ ...record }));
  }

  /** Delivers everything pending, retries and duplicates included; resolves when all is done. */
  flush(): Promise<void> {
    // One flush at a time: a second caller waits for the running one, then flushes what is left.
    const run = (this.flushing ?? Promise.resolve()).then(() => this.drain());
    this.flushing = run.catch(() => undefined);
    return run;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0);
      if (this.modes.reorder && this.modes.reorderWindow > 1) {
        for (let start = 0; start < batch.length; start += this.modes.reorderWindow) {
          const window = shuffleInPlace(batch.slice(start, start + this.modes.reorderWindow), this.random);
          batch.splice(start, window.length, ...window);
        }
      }
      for (const item of batch) {
        const delivered = await this.deliver(item);
        if (delivered && !item.duplicate && this.modes.duplicate && this.random() < this.modes.duplicateProbability) {
          this.options.observer?.recordEvent('duplicated');
          this.queue.push({ ...item, event: structuredClone(item.event), duplicate: true });
        }
      }
    }
  }

  private async deliver(item: Pending): Promise<boolean> {
    const maxRetries = this.options.maxRetries ?? MAX_EVENT_RETRIES;
    const delayMs = this.options.retryDelayMs ?? ((retry: number) => 1000 * 2 ** (retry - 1));
    const sleep = this.options.sleep ?? (async () => undefined);
    const record = (outcome: DeliveryRecord['outcome'], attempts: number, error?: string) =>
      this.records.push({
        sequence: item.sequence,
        eventType: item.event.eventType,
        outcome,
        attempts,
        duplicate: item.duplicate,
        ...(error !== undefined ? { error } : {}),
      });
    for (let attempt = 1; ; attempt += 1) {
      let retryAfterSeconds: number | undefined;
      let error: string;
      try {
        const meta = { sequence: item.sequence, attempt, duplicate: item.duplicate };
        const result = await this.options.subscriber(structuredClone(item.event), meta);
        retryAfterSeconds = retryAfterOf(result);
        if (retryAfterSeconds === undefined) {
          this.options.observer?.recordEvent('delivered');
          record('delivered', attempt);
          return true;
        }
        error = 'retry requested (InvocationError)';
      } catch (thrown) {
        error = thrown instanceof Error ? thrown.message : String(thrown);
      }
      if (attempt > maxRetries) {
        this.options.observer?.recordEvent('failed');
        record('failed', attempt, error);
        return false;
      }
      this.options.observer?.recordEvent('retried');
      await sleep(retryAfterSeconds !== undefined ? retryAfterSeconds * 1000 : delayMs(attempt));
    }
  }
}
