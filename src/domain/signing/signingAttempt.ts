import { z } from 'zod';
import { SignatureMeaning } from './signatureMeaning';

/**
 * One attempt to use a signing passphrase, successful or not (21 CFR 11.300(d): attempts at
 * unauthorised use are detected and reported). Written once, never changed; each is in the trail.
 * A checked passphrase leaves two: `passphraseGiven`, written before the check (it is what counts
 * towards the lockout, see lockStateOf), then the outcome (`wrongPassphrase`, `signed`, …).
 */
export const SigningAttempt = z.object({
  accountId: z.string().min(1).max(128),
  at: z.string(),
  purpose: z.enum(['sign', 'changePassphrase']),
  outcome: z.enum(['passphraseGiven', 'signed', 'passphraseChanged', 'wrongPassphrase', 'locked', 'noPassphrase']),
  recordType: z.string().max(64).nullable(),
  recordId: z.string().max(191).nullable(),
  recordVersion: z.number().int().nullable(),
  meaning: SignatureMeaning.nullable(),
});
export type SigningAttempt = z.infer<typeof SigningAttempt>;
