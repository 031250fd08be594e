import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../trail/canonicalJson';
import { SignatureMeaning } from './signatureMeaning';

/**
 * An electronic signature (21 CFR 11.50, 11.70; Annex 11 §14): who signed (account id and the
 * printed name at signing time), when (UTC), what it means, and exactly which record content —
 * type, id, version and the SHA-256 of the record's canonical content at that version. Stored
 * once and never changed; whether it still applies is derived (see `signatureStatus`).
 */
export const Signature = z.object({
  recordType: z.string().min(1).max(64),
  recordId: z.string().min(1).max(191),
  recordVersion: z.number().int().min(1),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  signerAccountId: z.string().min(1).max(128),
  signerName: z.string().min(1).max(255),
  signedAt: z.string(),
  meaning: SignatureMeaning,
});
export type Signature = z.infer<typeof Signature>;

/** The hash a signature binds to: SHA-256 of the record's canonical JSON. */
export function recordContentHash(record: unknown): string {
  return createHash('sha256').update(canonicalJson(record)).digest('hex');
}

export type SignatureStatus = 'current' | 'supersededByChange';

/**
 * A signature applies to the version it signed. Once the record moves on, it shows as superseded
 * by the change (the trail says who changed it and why); it is never removed.
 */
export function signatureStatus(
  signature: Pick<Signature, 'recordVersion'>,
  currentVersion: number | null,
): SignatureStatus {
  return currentVersion === signature.recordVersion ? 'current' : 'supersededByChange';
}

/** The approval a record has right now: only a current `approved` signature gives one. */
export function currentApproval<S extends Pick<Signature, 'recordVersion' | 'meaning'>>(
  signatures: readonly S[],
  currentVersion: number | null,
): S | null {
  return signatures.find((s) => s.meaning === 'approved' && signatureStatus(s, currentVersion) === 'current') ?? null;
}
