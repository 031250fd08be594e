import { LOCKOUT_MINUTES, MAX_FAILED_ATTEMPTS } from './passphrasePolicy';
import type { SigningAttempt } from './signingAttempt';

/**
 * How far back the attempt history is read. A failure older than this no longer counts (the
 * "observation window" of an account lockout), so deciding never reads an unbounded history.
 */
export const ATTEMPT_WINDOW_HOURS = 24;

/** One attempt record as the trail orders it: `seq` is the trail's total order of every write. */
export interface AttemptEvent {
  seq: number;
  at: string;
  outcome: SigningAttempt['outcome'];
}

export interface LockState {
  /** Set while signing is locked (ISO date-time the lock ends), else null. */
  lockedUntil: string | null;
  /** Wrong or unfinished attempts counted since the last success or the last lock ended. */
  failures: number;
  attemptsLeft: number;
}

const lockEnd = (at: string) => new Date(new Date(at).getTime() + LOCKOUT_MINUTES * 60_000).toISOString();

/**
 * Whether signing is locked, and how many attempts are left, derived from the attempt records
 * alone (21 CFR 11.300(d)). There is no counter to update: a counter's read-modify-write loses
 * increments to parallel callers, while attempt records are inserted once each and never conflict.
 *
 * Each `passphraseGiven` record is one attempt, counted *before* its passphrase is checked, so it
 * counts whatever its outcome turns out to be (a crash after it still costs the attempt). The
 * MAX_FAILED_ATTEMPTS-th counted attempt locks signing for LOCKOUT_MINUTES from its time; attempts
 * made while locked are refused unchecked and do not extend the lock. A success (`signed`,
 * `passphraseChanged`) clears the count: the person showed they hold the passphrase.
 *
 * `events` must be in trail order; `now` is the moment asked about.
 */
export function lockStateOf(events: readonly AttemptEvent[], now: Date): LockState {
  let failures = 0;
  let lockedUntil: string | null = null;
  const ended = (at: string) => lockedUntil !== null && new Date(at).getTime() >= new Date(lockedUntil).getTime();
  for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
    if (ended(event.at)) {
      failures = 0;
      lockedUntil = null;
    }
    if (event.outcome === 'signed' || event.outcome === 'passphraseChanged') {
      failures = 0;
      lockedUntil = null;
    } else if (event.outcome === 'passphraseGiven' && lockedUntil === null) {
      failures += 1;
      if (failures >= MAX_FAILED_ATTEMPTS) lockedUntil = lockEnd(event.at);
    }
  }
  if (ended(now.toISOString())) {
    failures = 0;
    lockedUntil = null;
  }
  return { lockedUntil, failures, attemptsLeft: lockedUntil ? 0 : Math.max(0, MAX_FAILED_ATTEMPTS - failures) };
}
