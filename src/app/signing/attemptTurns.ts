import { Failure } from '../../domain/failure';
import { ATTEMPT_WINDOW_HOURS, lockStateOf, type AttemptEvent, type LockState } from '../../domain/signing/lockout';
import { MAX_FAILED_ATTEMPTS } from '../../domain/signing/passphrasePolicy';
import { SigningAttempt } from '../../domain/signing/signingAttempt';
import type { AppServices } from '../services';
import { recordAttempt } from './attemptRecords';

const PAGE = 500;

/**
 * One account's attempt records of the observation window, in trail order. Read from the trail,
 * not the table: the trail entry is written first (the store's write-ahead log), and its `seq`
 * is the one order every writer agrees on.
 */
async function attemptHistory(
  services: AppServices,
  accountId: string,
  now: Date,
  sinceSeq = 0,
): Promise<(AttemptEvent & { id: string })[]> {
  const from = new Date(now.getTime() - ATTEMPT_WINDOW_HOURS * 3_600_000).toISOString();
  const events: (AttemptEvent & { id: string })[] = [];
  for (let afterSeq = sinceSeq; ;) {
    const page = await services.trail.entries({
      entityType: 'signingAttempt',
      actor: accountId,
      from,
      afterSeq,
      limit: PAGE,
    });
    for (const entry of page) {
      const attempt = SigningAttempt.safeParse(entry.after);
      if (attempt.success && attempt.data.accountId === accountId) {
        events.push({ id: entry.entityId, seq: entry.seq, at: attempt.data.at, outcome: attempt.data.outcome });
      }
    }
    if (page.length < PAGE) return events;
    afterSeq = page.at(-1)!.seq;
  }
}

export async function currentLockState(services: AppServices, accountId: string, now: Date): Promise<LockState> {
  return lockStateOf(await attemptHistory(services, accountId, now), now);
}

export const lockedFailure = (lockedUntil: string) =>
  new Failure('forbidden', `Signing is locked until ${lockedUntil} after ${MAX_FAILED_ATTEMPTS} wrong passphrases`);

/**
 * Takes one counted turn to try a passphrase, before it is checked (21 CFR 11.300(d)). The turn is
 * an insert-only attempt record, so parallel callers never undo each other's count; each then
 * reads the history and finds its own place in the trail's order. Whoever finds the lock already
 * set by the attempts before theirs is refused — with an attempt record, and without the
 * passphrase being looked at. Returns the state counting this attempt (for "n attempts left").
 */
export async function takeAttemptTurn(
  services: AppServices,
  attempt: Omit<SigningAttempt, 'at' | 'outcome'>,
  at: Date,
): Promise<LockState> {
  const earlier = await attemptHistory(services, attempt.accountId, at);
  const already = lockStateOf(earlier, at);
  if (already.lockedUntil) {
    await recordAttempt(services, { ...attempt, outcome: 'locked' }, at);
    throw lockedFailure(already.lockedUntil);
  }
  const id = await recordAttempt(services, { ...attempt, outcome: 'passphraseGiven' }, at);
  // Only what was written since the first read: every entry up to its last seq was there already
  // (a sequence number is claimed only after the one before it exists).
  const since = earlier.at(-1)?.seq ?? 0;
  const history = [...earlier, ...(await attemptHistory(services, attempt.accountId, at, since))];
  const mine = history.findIndex((event) => event.id === id);
  if (mine < 0) throw new Error(`takeAttemptTurn: attempt ${id} is not in the trail it was just written to`);
  const ahead = lockStateOf(history.slice(0, mine), at);
  if (ahead.lockedUntil) {
    await recordAttempt(services, { ...attempt, outcome: 'locked' }, at);
    throw lockedFailure(ahead.lockedUntil);
  }
  return lockStateOf(history.slice(0, mine + 1), at);
}

/** The words for a wrong passphrase, given the state counting that attempt. */
export function wrongPassphraseWords(state: LockState): string {
  return state.lockedUntil
    ? `That signing passphrase is not right. Signing is locked until ${state.lockedUntil}.`
    : `That signing passphrase is not right. ${state.attemptsLeft} attempt${state.attemptsLeft === 1 ? '' : 's'} left before signing locks for 15 minutes.`;
}
