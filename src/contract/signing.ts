import { z } from 'zod';
import { resolver, accountId } from './resolverSpec';
import { SignatureMeaning } from '../domain/signing/signatureMeaning';
import { Passphrase } from '../domain/signing/passphrasePolicy';
import type { SignatureStatus } from '../domain/signing/signature';

const recordRef = { recordType: z.string().min(1).max(64), recordId: z.string().min(1).max(191) };

/** A signature as every screen, export and print shows it (21 CFR 11.50: name, time, meaning). */
export interface SignatureView {
  id: string;
  recordType: string;
  recordId: string;
  recordVersion: number;
  contentHash: string;
  signerAccountId: string;
  signerName: string;
  signedAt: string;
  meaning: SignatureMeaning;
  meaningWords: string;
  /** `supersededByChange` once the record has moved past the signed version. */
  status: SignatureStatus;
  /** The signed hash still matches the record content the trail holds for that version. */
  bindingIntact: boolean;
}

export interface SigningStatus {
  status: 'none' | 'active' | 'resetRequired';
  lockedUntil: string | null;
  attemptsLeft: number;
}

/** A programme manager's reset of someone's signing passphrase, as the other managers see it. */
export interface PassphraseReset {
  accountId: string;
  displayName: string;
  resetBy: string;
  resetByName: string;
  at: string;
  reason: string;
}

/** Signing passphrases and signing a record. */
export const signingResolvers = {
  getSigningStatus: resolver<SigningStatus>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'Whether the caller has a signing passphrase, and whether signing is locked.',
  }),
  setSigningPassphrase: resolver<SigningStatus>()({
    input: z.object({ newPassphrase: Passphrase, currentPassphrase: z.string().max(256).optional() }).strict(),
    access: 'anyAppRole',
    summary: "Set or change the caller's signing passphrase (changing needs the current one).",
  }),
  resetSigningPassphrase: resolver<{ reset: true }>()({
    input: z
      .object({ accountId, reason: z.string().trim().min(1, 'Say why the passphrase is reset').max(2000) })
      .strict(),
    access: ['programmeManager'],
    summary: "Reset someone's signing passphrase; they must set a new one. In the trail with the reason.",
  }),
  signRecord: resolver<SignatureView>()({
    input: z
      .object({
        ...recordRef,
        recordVersion: z.number().int().min(1),
        meaning: SignatureMeaning,
        passphrase: z.string().min(1, 'Enter your signing passphrase').max(256),
      })
      .strict(),
    access: 'anyAppRole',
    summary: 'Sign one version of a record with a meaning; identity from the platform plus the passphrase.',
  }),
} as const;

/** A record's signatures. */
export const signatureResolvers = {
  listSignatures: resolver<{ signatures: SignatureView[] }>()({
    input: z.object(recordRef).strict(),
    access: 'anyAppRole',
    summary: 'The signatures of a record, each current or superseded by a change, with its binding checked.',
  }),
} as const;
