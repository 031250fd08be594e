import type { SigningAttempt } from '../../domain/signing/signingAttempt';
import type { AppServices } from '../services';

/**
 * Every use of a passphrase leaves a permanent attempt record (and so a trail entry). Insert-only
 * with a fresh id, so parallel attempts never conflict with each other. Returns the record's id.
 */
export async function recordAttempt(
  services: AppServices,
  attempt: Omit<SigningAttempt, 'at'>,
  at: Date,
): Promise<string> {
  const id = services.ids.newId('attempt');
  await services.store.apply({
    entity: 'signingAttempt',
    id,
    before: null,
    after: { ...attempt, at: at.toISOString() },
    actor: attempt.accountId,
    at,
  });
  return id;
}
