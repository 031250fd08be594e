import { z } from 'zod';

export const MIN_PASSPHRASE_LENGTH = 12;
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 15;

/** A signing passphrase: the secret component of a signature (21 CFR 11.200(a)(1)). */
export const Passphrase = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH, `A signing passphrase has at least ${MIN_PASSPHRASE_LENGTH} characters`)
  .max(256, 'A signing passphrase has at most 256 characters');

/**
 * The non-secret state of one user's signing credential. The passphrase hash itself lives in the
 * secret store under `hashVersion`, never in this record, the trail or an answer.
 */
export const SigningCredential = z.object({
  accountId: z.string().min(1).max(128),
  status: z.enum(['active', 'resetRequired']),
  /** Which stored hash is current: bumped each time a passphrase is set. */
  hashVersion: z.number().int().min(0),
  failedAttempts: z.number().int().min(0),
  lockedUntil: z.string().nullable(),
});
export type SigningCredential = z.infer<typeof SigningCredential>;

export function isLocked(credential: Pick<SigningCredential, 'lockedUntil'>, now: Date): boolean {
  return credential.lockedUntil !== null && new Date(credential.lockedUntil).getTime() > now.getTime();
}

/**
 * After a wrong passphrase: one more failure, and at the fifth in a row a lock for fifteen
 * minutes (11.300(d): attempts at unauthorised use are limited and reported).
 */
export function afterFailedAttempt(credential: SigningCredential, now: Date): SigningCredential {
  const failedAttempts = credential.failedAttempts + 1;
  const lockedUntil =
    failedAttempts >= MAX_FAILED_ATTEMPTS
      ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString()
      : credential.lockedUntil;
  return { ...credential, failedAttempts: failedAttempts >= MAX_FAILED_ATTEMPTS ? 0 : failedAttempts, lockedUntil };
}

/** A correct passphrase clears the count of failures. */
export function afterSuccessfulAttempt(credential: SigningCredential): SigningCredential {
  return { ...credential, failedAttempts: 0, lockedUntil: null };
}
