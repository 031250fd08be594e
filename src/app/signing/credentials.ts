import { invalidInput } from '../../domain/failure';
import type { SigningCredential } from '../../domain/signing/passphrasePolicy';
import type { SignatureMeaning } from '../../domain/signing/signatureMeaning';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices, Caller } from '../services';
import { recordAttempt } from './attemptRecords';
import { takeAttemptTurn, wrongPassphraseWords } from './attemptTurns';

/** The secret store key of one version of one user's passphrase hash. */
export const hashKey = (accountId: string, hashVersion: number) => `signing-passphrase:${accountId}:${hashVersion}`;

/** Checks a passphrase against the user's current hash; false when none is set. */
export async function passphraseMatches(
  services: AppServices,
  credential: SigningCredential,
  passphrase: string,
): Promise<boolean> {
  if (credential.status !== 'active') return false;
  const stored = await services.secrets.get(hashKey(credential.accountId, credential.hashVersion));
  return stored !== undefined && (await services.hasher.verify(passphrase, stored));
}

export { recordAttempt } from './attemptRecords';

export async function saveCredential(
  services: AppServices,
  before: StoredRecord<SigningCredential> | null,
  after: SigningCredential,
  actor: string,
  at: Date,
  reason: string,
): Promise<void> {
  await services.store.apply({ entity: 'signingCredential', id: after.accountId, before, after, actor, at, reason });
}

/** What a signature is about to sign: one version of one record, with one meaning. */
export interface SigningTarget {
  recordType: string;
  recordId: string;
  recordVersion: number;
  meaning: SignatureMeaning;
}

/**
 * A caller whose signing passphrase has just been checked for `target`. Only `checkSigner` makes
 * one, so holding it proves both signature components were given (see `writeSignature`).
 */
export interface VerifiedSigner {
  accountId: string;
  credential: StoredRecord<SigningCredential>;
  target: SigningTarget;
  at: Date;
}

export const signingAttemptOf = (accountId: string, target: SigningTarget) => ({
  accountId,
  purpose: 'sign' as const,
  recordType: target.recordType,
  recordId: target.recordId,
  recordVersion: target.recordVersion,
  meaning: target.meaning,
});

/**
 * The first step of signing: the secret component. No passphrase, a locked credential or a wrong
 * passphrase each leave an attempt record and throw. The attempt is counted before the passphrase
 * is checked (takeAttemptTurn), so parallel guesses cannot outrun the lockout.
 * Nothing else is written, so a caller can check the signer before writing what is to be signed.
 */
export async function checkSigner(
  services: AppServices,
  caller: Caller,
  target: SigningTarget,
  passphrase: string,
  at: Date = services.clock.now(),
): Promise<VerifiedSigner> {
  const attempt = signingAttemptOf(caller.accountId, target);
  const stored = await services.store.get('signingCredential', caller.accountId);
  if (!stored || stored.record.status !== 'active') {
    await recordAttempt(services, { ...attempt, outcome: 'noPassphrase' }, at);
    throw invalidInput('passphrase', 'Set your signing passphrase first (My signing passphrase)');
  }
  const counted = await takeAttemptTurn(services, attempt, at);
  if (!(await passphraseMatches(services, stored.record, passphrase))) {
    await recordAttempt(services, { ...attempt, outcome: 'wrongPassphrase' }, at);
    throw invalidInput('passphrase', wrongPassphraseWords(counted));
  }
  return { accountId: caller.accountId, credential: stored, target, at };
}
