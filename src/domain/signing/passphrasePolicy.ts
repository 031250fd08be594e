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
  /**
   * No longer kept up to date: a counter updated by read-modify-write lost parallel failures.
   * The lockout is derived from the attempt records (see lockStateOf); the columns stay for the
   * records written before.
   */
  failedAttempts: z.number().int().min(0),
  lockedUntil: z.string().nullable(),
});
export type SigningCredential = z.infer<typeof SigningCredential>;
