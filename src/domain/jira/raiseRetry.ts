/**
 * How the raising consumer waits after Jira said "not now" (429) or failed (5xx). It does not
 * sleep: it pushes the chunk again with a delay, because a queue consumer's time is money and the
 * platform's own retries (InvocationError) stop after four.
 */

/** After this many create attempts a subject is marked failed with the last message. */
export const maxRaiseAttempts = 8;

/** The longest back-off between two attempts (a Forge queue delay may be up to 900 s). */
export const maxBackoffSeconds = 300;

/** Capped exponential back-off: 1, 2, 4, … seconds by attempt (1-based), at most 300. */
export function backoffSeconds(attempt: number): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 16));
  return Math.min(maxBackoffSeconds, 2 ** exponent);
}

/** The delay before the next attempt: Jira's Retry-After when it asked for longer than the back-off. */
export function retryDelaySeconds(attempt: number, retryAfterSeconds: number | null): number {
  return Math.min(900, Math.max(retryAfterSeconds ?? 0, backoffSeconds(attempt)));
}
