import type { SigningStatus } from '../../contract/signing';
import { conflict, forbidden, invalidInput } from '../../domain/failure';
import { MAX_FAILED_ATTEMPTS, type SigningCredential } from '../../domain/signing/passphrasePolicy';
import { RESET_REASON_PREFIX } from '../access/passphraseResets';
import type { AppServices, Caller } from '../services';
import { currentLockState, takeAttemptTurn } from './attemptTurns';
import { hashKey, passphraseMatches, recordAttempt, saveCredential } from './credentials';

export async function getSigningStatus(services: AppServices, caller: Caller): Promise<SigningStatus> {
  const stored = await services.store.get('signingCredential', caller.accountId);
  const now = services.clock.now();
  if (!stored) return { status: 'none', lockedUntil: null, attemptsLeft: MAX_FAILED_ATTEMPTS };
  // Derived from the attempt records, like the lockout itself: a reset does not lift a lock.
  const { lockedUntil, attemptsLeft } = await currentLockState(services, caller.accountId, now);
  return { status: stored.record.status, lockedUntil, attemptsLeft };
}

/**
 * Sets the caller's signing passphrase. The first time (or after a reset) no old one is needed;
 * otherwise the current one must be given, and a wrong one counts towards the lockout like a
 * wrong signature. The new hash is stored under the next version before the credential record
 * points at it, so a crash between the two leaves the old passphrase working, never neither.
 */
export async function setSigningPassphrase(
  services: AppServices,
  caller: Caller,
  command: { newPassphrase: string; currentPassphrase?: string | undefined },
): Promise<SigningStatus> {
  const now = services.clock.now();
  const stored = await services.store.get('signingCredential', caller.accountId);
  const credential: SigningCredential = stored?.record ?? {
    accountId: caller.accountId,
    status: 'resetRequired',
    hashVersion: 0,
    failedAttempts: 0,
    lockedUntil: null,
  };
  const changing = credential.status === 'active';
  // A passphrase change is a use of the passphrase: it is recorded like a signing attempt.
  const attempt = {
    accountId: caller.accountId,
    purpose: 'changePassphrase' as const,
    recordType: null,
    recordId: null,
    recordVersion: null,
    meaning: null,
  };
  if (changing) {
    // Checked first: it says nothing about the current passphrase, so it costs no attempt.
    if (command.currentPassphrase !== undefined && command.currentPassphrase === command.newPassphrase) {
      throw invalidInput('newPassphrase', 'Choose a passphrase different from the current one');
    }
    // Counted before it is checked, exactly like a signing attempt (takeAttemptTurn).
    await takeAttemptTurn(services, attempt, now);
    if (!command.currentPassphrase || !(await passphraseMatches(services, credential, command.currentPassphrase))) {
      await recordAttempt(services, { ...attempt, outcome: 'wrongPassphrase' }, now);
      throw invalidInput('currentPassphrase', 'Your current signing passphrase is not right');
    }
  }
  const hashVersion = credential.hashVersion + 1;
  await services.secrets.set(hashKey(caller.accountId, hashVersion), await services.hasher.hash(command.newPassphrase));
  const next: SigningCredential = {
    accountId: caller.accountId,
    status: 'active',
    hashVersion,
    failedAttempts: 0,
    lockedUntil: null,
  };
  await saveCredential(
    services,
    stored,
    next,
    caller.accountId,
    now,
    changing ? 'Signing passphrase changed' : 'Signing passphrase set',
  );
  if (changing) {
    await recordAttempt(services, { ...attempt, outcome: 'passphraseChanged' }, now);
    await services.secrets.delete(hashKey(caller.accountId, credential.hashVersion));
  }
  return getSigningStatus(services, caller);
}

/**
 * A programme manager resets someone else's passphrase (forgotten, or suspected known to others):
 * the old one stops working at once and the user must set a new one. The reason is in the trail
 * and the other programme managers see the reset (listPassphraseResets). Never one's own: a reset
 * lets the new passphrase be set without the old one, which would make the passphrase (and its
 * lockout) no safeguard against its own holder's manager role. A lockout outlives the reset: it
 * is derived from the attempts, which a reset does not touch.
 */
export async function resetSigningPassphrase(
  services: AppServices,
  caller: Caller,
  command: { accountId: string; reason: string },
): Promise<{ reset: true }> {
  if (command.accountId === caller.accountId) {
    throw forbidden(
      'Nobody resets their own signing passphrase: change it with your current one, or ask another programme manager to reset it',
    );
  }
  const now = services.clock.now();
  const stored = await services.store.get('signingCredential', command.accountId);
  if (!stored) throw invalidInput('accountId', 'That person has no signing passphrase to reset');
  if (stored.record.status === 'resetRequired') throw conflict('That passphrase has already been reset', 'accountId');
  const next: SigningCredential = { ...stored.record, status: 'resetRequired' };
  await saveCredential(services, stored, next, caller.accountId, now, `${RESET_REASON_PREFIX}${command.reason}`);
  await services.secrets.delete(hashKey(command.accountId, stored.record.hashVersion));
  return { reset: true };
}
