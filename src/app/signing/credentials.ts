import type { SigningCredential } from '../../domain/signing/passphrasePolicy';
import type { SigningAttempt } from '../../domain/signing/signingAttempt';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices } from '../services';

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

/** Every use of a passphrase leaves a permanent attempt record (and so a trail entry). */
export async function recordAttempt(
  services: AppServices,
  attempt: Omit<SigningAttempt, 'at'>,
  at: Date,
): Promise<void> {
  await services.store.apply({
    entity: 'signingAttempt',
    id: services.ids.newId('attempt'),
    before: null,
    after: { ...attempt, at: at.toISOString() },
    actor: attempt.accountId,
    at,
  });
}

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
