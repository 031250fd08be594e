import type { SignatureStatus } from './signature';
import { signatureMeaningWords, type SignatureMeaning } from './signatureMeaning';

/**
 * The signature block a printed record carries (21 CFR 11.50(b)): for each signature, the printed
 * name of the signer, the date and time in UTC and the meaning, and whether it still applies to the
 * record as it stands. Built from the signature records alone, so a page and an export print the
 * same words. Pure: the app writes it onto the page and refreshes it when a signature is added or
 * superseded.
 */

/** What the block needs of a signature: the stored facts and the state the signing service derived. */
export interface BlockSignature {
  signerName: string;
  signedAt: string;
  meaning: SignatureMeaning;
  recordVersion: number;
  status: SignatureStatus;
  /** False when the signed content no longer matches what the trail holds for that version. */
  bindingIntact: boolean;
}

export interface SignatureBlockLine {
  printedName: string;
  /** "2026-03-14 09:30:05 UTC": date and time, never local time, so every reader sees one moment. */
  signedAtUtc: string;
  meaning: string;
  state: string;
  /** Whether the signature still applies (current, with its binding intact). */
  applies: boolean;
}

export interface SignatureBlock {
  heading: string;
  /** Plain sentences above the table: no signature yet, or a change since approval. */
  notes: string[];
  lines: SignatureBlockLine[];
}

/** The block's heading: also the marker the app finds its own block by on a page it wrote. */
export const signatureBlockHeading = 'Electronic signatures';
/** The block's last line: the other end of the marker. */
export const signatureBlockFooter = 'Signature block written by the ISO 27001 audit app from its signature records.';

/** A signature time as printed: ISO date and time to the second, in UTC, said so in words. */
export function utcDateTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${at.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

function stateWords(signature: BlockSignature): string {
  if (!signature.bindingIntact) {
    return 'Not valid: the signed content no longer matches the audit trail';
  }
  return signature.status === 'current'
    ? 'Current'
    : `Superseded by a change: signed version ${signature.recordVersion}, the record has changed since`;
}

/** What happened to the record since it was signed, said on the page: none when nothing did. */
export interface RecordChangeSinceApproval {
  /** e.g. "The minutes" or "The report page". */
  what: string;
  /** What changed and when, e.g. "version 5 of the page, detected 2026-03-15 10:00:00 UTC". */
  detail: string;
  /** What the reader should do or know, e.g. "They are not approved until top management signs again." */
  consequence: string;
}

/**
 * The block for one record: its signatures oldest first. `change` is set when the record's content
 * changed after it was approved (the caller knows how: a later record version, a page edited in
 * Confluence); the block then says so in words, whatever the signatures' states.
 */
export function signatureBlockOf(
  signatures: readonly BlockSignature[],
  change: RecordChangeSinceApproval | null,
  unsignedNote: string,
): SignatureBlock {
  const lines = [...signatures]
    .sort((a, b) => a.signedAt.localeCompare(b.signedAt))
    .map((s) => ({
      printedName: s.signerName,
      signedAtUtc: utcDateTime(s.signedAt),
      meaning: signatureMeaningWords[s.meaning],
      state: stateWords(s),
      applies: s.status === 'current' && s.bindingIntact,
    }));
  const notes: string[] = [];
  if (lines.length === 0) notes.push(unsignedNote);
  if (change)
    notes.push(
      `Changed after approval. ${change.what} changed after approval: ${change.detail}. ${change.consequence}`,
    );
  return { heading: signatureBlockHeading, notes, lines };
}

/**
 * Whether an approval was superseded by a later change of the record: an `approved` signature
 * exists, none applies any more. The record's own version tells a change from no approval at all.
 */
export function approvalSuperseded(signatures: readonly BlockSignature[]): boolean {
  const approvals = signatures.filter((s) => s.meaning === 'approved');
  return approvals.length > 0 && !approvals.some((s) => s.status === 'current' && s.bindingIntact);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The app's block as it sits in a storage-format page: from its heading to its footer line. The
 * block is written after the content it signs, so it is never part of what was signed.
 */
export const signatureBlockPattern = new RegExp(
  `<h2>${escapeRegExp(signatureBlockHeading)}</h2>[\\s\\S]*?<p><em>${escapeRegExp(signatureBlockFooter)}</em></p>`,
);

/**
 * A page body without the app's signature block: what an approval binds and a later check compares,
 * so writing or refreshing the block never reads as a change to the approved content.
 */
export function withoutSignatureBlock(storage: string): string {
  return storage.replace(signatureBlockPattern, '');
}
