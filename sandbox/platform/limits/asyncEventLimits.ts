import { performance } from 'node:perf_hooks';
import { SlidingWindow } from './slidingWindow';

/**
 * Forge's async events limits per install ("Async events limits",
 * https://developer.atlassian.com/platform/forge/limits-async-events): at most 50 events a push,
 * 500 events a minute, 200 KB of combined payload a push.
 */
export interface AsyncEventLimitOptions {
  eventsPerPush?: number;
  eventsPerMinute?: number;
  payloadBytesPerPush?: number;
  /** Monotonic milliseconds for the per-minute window (default `performance.now`). */
  monotonicNow?: () => number;
}

export interface PushRefusal {
  status: number;
  body: { errorMessage: string };
}

/**
 * Checks one push as Forge's events endpoint would. `@forge/events` checks the count and size
 * before sending, so the app meets those as `TooManyEventsError`/`PayloadTooBigError` thrown by the
 * client; the sandbox checks again so nothing that bypasses the client slips through. Over the
 * per-minute rate it answers 429, which `@forge/events` raises as `RateLimitError`.
 */
export class AsyncEventLimits {
  readonly eventsPerPush: number;
  readonly eventsPerMinute: number;
  readonly payloadBytesPerPush: number;
  private readonly now: () => number;
  private readonly window = new SlidingWindow(60_000);
  private refusals = 0;

  constructor(options: AsyncEventLimitOptions = {}) {
    this.eventsPerPush = options.eventsPerPush ?? 50;
    this.eventsPerMinute = options.eventsPerMinute ?? 500;
    this.payloadBytesPerPush = options.payloadBytesPerPush ?? 200 * 1024;
    this.now = options.monotonicNow ?? (() => performance.now());
  }

  /** The refusal for this push, or `undefined` (and the events count against the minute). */
  check(events: readonly unknown[]): PushRefusal | undefined {
    const refusal = this.refusalFor(events);
    if (refusal) this.refusals += 1;
    else this.window.record(this.now(), events.length);
    return refusal;
  }

  figures(): { refusals: number; peakEventsPerMinute: number } {
    return { refusals: this.refusals, peakEventsPerMinute: this.window.peak() };
  }

  private refusalFor(events: readonly unknown[]): PushRefusal | undefined {
    if (events.length > this.eventsPerPush) {
      return { status: 400, body: { errorMessage: `At most ${this.eventsPerPush} events can be pushed at once` } };
    }
    const bytes = Buffer.byteLength(JSON.stringify(events));
    if (bytes > this.payloadBytesPerPush) {
      return {
        status: 413,
        body: { errorMessage: `The pushed events are ${bytes} bytes, over the ${this.payloadBytesPerPush}-byte limit` },
      };
    }
    if (this.window.total(this.now()) + events.length > this.eventsPerMinute) {
      return { status: 429, body: { errorMessage: `At most ${this.eventsPerMinute} events can be pushed a minute` } };
    }
    return undefined;
  }
}
