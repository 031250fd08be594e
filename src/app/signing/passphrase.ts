import type { SigningStatus } from '../../contract/signing';
import { conflict, Failure, invalidInput } from '../../domain/failure';
import {
  afterFailedAttempt,
  isLocked,
  MAX_FAILED_ATTEMPTS,
  type SigningCredential,
} from '../../domain/signing/passphrasePolicy';
import type { AppServices, Caller } from '../services';
import { hashKey, passphraseMatches, recordAttempt, saveCredential } from './credentials';

export async function getSigningStatus(services: AppServices, caller: Caller): Promise<SigningStatus> {
  const stored = await services.store.get('signingCredential', caller.accountId);
  const now = services.clock.now();
  if (!stored) return { status: 'none', lockedUntil: null, attemptsLeft: MAX_FAILED_ATTEMPTS };
  const credential = stored.record;
  return {
    status: credential.status,
    lockedUntil: isLocked(credential, now) ? credential.lockedUntil : null,
    attemptsLeft: MAX_FAILED_ATTEMPTS - credential.failedAttempts,
  };
}

/**
 * Sets the caller's signing passphrase. The first time (or after a reset) no old one is needed;
 * otherwise the current one must be given, and a wrong one counts towards the lockout like a
 * wrong signature. The new hash is stored under the next version before the credential record
 * points at it, so a crash between the two leaves the old passphrase working, never neither.
 */
export async function setPassphrase(
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
    if (isLocked(credential, now)) {
      await recordAttempt(services, { ...attempt, outcome: 'locked' }, now);
      throw new Failure(
        'forbidden',
        `Signing is locked until ${credential.lockedUntil} after ${MAX_FAILED_ATTEMPTS} wrong passphrases`,
      );
    }
    if (!command.currentPassphrase || !(await passphraseMatches(services, credential, command.currentPassphrase))) {
      await recordAttempt(services, { ...attempt, outcome: 'wrongPassphrase' }, now);
      await saveCredential(
        services,
        stored,
        afterFailedAttempt(credential, now),
        caller.accountId,
        now,
        'Wrong current passphrase',
      );
      throw invalidInput('currentPassphrase', 'Your current signing passphrase is not right');
    }
    if (command.currentPassphrase === command.newPassphrase) {
      throw invalidInput('newPassphrase', 'Choose a passphrase different from the current one');
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
 * A programme manager resets someone's passphrase (forgotten, or suspected known to others): the
 * old one stops working at once and the user must set a new one. The reason is in the trail.
 */
export async function resetPassphrase(
  services: AppServices,
  caller: Caller,
  command: { accountId: string; reason: string },
): Promise<void> {
  const now = services.clock.now();
  const stored = await services.store.get('signingCredential', command.accountId);
  if (!stored) throw invalidInput('accountId', 'That person has no signing passphrase to reset');
  if (stored.record.status === 'resetRequired') throw conflict('That passphrase has already been reset', 'accountId');
  const next: SigningCredential = { ...stored.record, status: 'resetRequired', failedAttempts: 0, lockedUntil: null };
  await saveCredential(
    services,
    stored,
    next,
    caller.accountId,
    now,
    `Passphrase reset by a programme manager: ${command.reason}`,
  );
  await services.secrets.delete(hashKey(command.accountId, stored.record.hashVersion));
}
