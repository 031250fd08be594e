import { AsyncLocalStorage } from 'node:async_hooks';
import { clearTimeout, setTimeout } from 'node:timers';

/**
 * How a function was invoked, which decides how long Forge lets it run ("Invocation limits",
 * https://developer.atlassian.com/platform/forge/limits-invocation): 25 s for anything a user,
 * product event or validator invokes; a function referenced only by a consumer or scheduled
 * trigger gets its manifest `timeoutSeconds` (default 55 s, at most 900 s).
 */
export type InvocationKind = 'resolver' | 'trigger' | 'validator' | 'adfExport' | 'scheduled' | 'consumer';

export interface InvocationLimitOptions {
  /** Runtime of user-led invocations, triggers and validators (default 25 s). */
  userInvocationMs?: number;
  /** Runtime of a consumer or scheduled function without `timeoutSeconds` (default 55 s). */
  longRunningDefaultMs?: number;
  /** The most `timeoutSeconds` may grant (default 900 s). */
  longRunningMaxMs?: number;
  /** Where a call made after its invocation timed out is reported (default `console.warn`). */
  onLateCall?: (call: LateCall) => void;
}

export interface LateCall {
  functionKey: string;
  kind: InvocationKind;
  /** What the handler tried after its time was up, e.g. `sql /api/v1/execute`. */
  call: string;
}

/** What Forge answers the caller when an invocation runs out of time. */
export class InvocationTimeoutError extends Error {
  readonly code = 'FUNCTION_TIME_OUT';
  constructor(
    readonly functionKey: string,
    readonly limitMs: number,
  ) {
    super(`Function '${functionKey}' timed out after ${limitMs / 1000} s (Forge's invocation limit)`);
    this.name = 'InvocationTimeoutError';
  }
}

interface Running {
  functionKey: string;
  kind: InvocationKind;
  timedOut: boolean;
}

/**
 * Runs each invocation against its wall-time limit. When time is up the caller gets
 * `InvocationTimeoutError` at once, as from Forge; the handler, which Forge would have stopped,
 * may still be running here, so every platform call it makes afterwards is refused and counted
 * (`lateCalls`) instead of silently taking effect.
 */
export class InvocationLimits {
  readonly userInvocationMs: number;
  readonly longRunningDefaultMs: number;
  readonly longRunningMaxMs: number;
  private readonly onLateCall: (call: LateCall) => void;
  private readonly current = new AsyncLocalStorage<Running>();
  private late: LateCall[] = [];
  private timeouts = 0;

  constructor(options: InvocationLimitOptions = {}) {
    this.userInvocationMs = options.userInvocationMs ?? 25_000;
    this.longRunningDefaultMs = options.longRunningDefaultMs ?? 55_000;
    this.longRunningMaxMs = options.longRunningMaxMs ?? 900_000;
    this.onLateCall =
      options.onLateCall ??
      ((c) => console.warn(`sandbox: '${c.functionKey}' called ${c.call} after its invocation timed out`));
  }

  /** The limit for one invocation; `timeoutSeconds` is the function module's manifest setting. */
  limitMs(kind: InvocationKind, timeoutSeconds?: number): number {
    if (kind !== 'consumer' && kind !== 'scheduled') return this.userInvocationMs;
    const asked = typeof timeoutSeconds === 'number' ? timeoutSeconds * 1000 : this.longRunningDefaultMs;
    return Math.min(asked, this.longRunningMaxMs);
  }

  run<T>(functionKey: string, kind: InvocationKind, limitMs: number, work: () => Promise<T>): Promise<T> {
    const running: Running = { functionKey, kind, timedOut: false };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const outOfTime = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        running.timedOut = true;
        this.timeouts += 1;
        reject(new InvocationTimeoutError(functionKey, limitMs));
      }, limitMs);
      timer.unref();
    });
    const handled = this.current.run(running, work);
    return Promise.race([handled, outOfTime]).finally(() => clearTimeout(timer));
  }

  /**
   * Whether the calling code belongs to an invocation that has timed out; if so the call is
   * recorded and reported, and the platform should refuse it.
   */
  isLate(call: string): boolean {
    const running = this.current.getStore();
    if (!running?.timedOut) return false;
    const late = { functionKey: running.functionKey, kind: running.kind, call };
    this.late.push(late);
    this.onLateCall(late);
    return true;
  }

  /** Invocations that timed out, and the calls their handlers made afterwards. */
  figures(): { timedOut: number; lateCalls: readonly LateCall[] } {
    return { timedOut: this.timeouts, lateCalls: [...this.late] };
  }

  reset(): void {
    this.late = [];
    this.timeouts = 0;
  }
}
