/**
 * Forge SQL refuses a statement over a per-install rate (DML per second, DDL per minute, query
 * time per minute) with HTTP 429 / `TOO_MANY_REQUESTS`; the statement did not run, so it is safe
 * to send again. Such a refusal is waited out here, honouring the wait the answer names, so users
 * only see it if it persists; every other error (a timeout, an over-size answer, a failed
 * statement) is passed on untouched.
 */
export interface RateRetryOptions {
  /** Attempts in all, the first included (default 6). */
  maxAttempts?: number;
  /** Most time spent waiting for one statement before giving up (default 15 s, inside a resolver's 25 s). */
  maxTotalWaitMs?: number;
  /** Waiting, injectable for tests (default a timer). */
  sleep?: (ms: number) => Promise<void>;
}

interface ForgeSqlErrorLike {
  code?: unknown;
  responseDetails?: { status?: unknown };
  context?: { retryAfterMs?: unknown };
}

export function isRateRefusal(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as ForgeSqlErrorLike;
  return e.code === 'TOO_MANY_REQUESTS' || e.responseDetails?.status === 429;
}

/** The wait the refusal asks for, else a backoff doubling from a quarter second. */
export function retryWaitMs(error: unknown, attempt: number): number {
  const hinted = (error as ForgeSqlErrorLike).context?.retryAfterMs;
  if (typeof hinted === 'number' && Number.isFinite(hinted) && hinted >= 0) return hinted;
  return 250 * 2 ** (attempt - 1);
}

const timerSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function withRateRetry<T>(send: () => Promise<T>, options: RateRetryOptions = {}): Promise<T> {
  const maxAttempts = options.maxAttempts ?? 6;
  const maxTotalWaitMs = options.maxTotalWaitMs ?? 15_000;
  const sleep = options.sleep ?? timerSleep;
  let waited = 0;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await send();
    } catch (error) {
      if (!isRateRefusal(error) || attempt >= maxAttempts) throw error;
      const wait = retryWaitMs(error, attempt);
      if (waited + wait > maxTotalWaitMs) throw error;
      waited += wait;
      await sleep(wait);
    }
  }
}
