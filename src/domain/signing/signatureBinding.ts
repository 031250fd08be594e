import { recordContentHash, type Signature } from './signature';

/**
 * Whether a signature still binds to what was signed (21 CFR 11.70): the trail's content for the
 * signed version must hash to the signed hash, and while the signature is current the stored record
 * must still be what the trail recorded for that version (see recordBreak). A row changed in the
 * database directly keeps its version number, so only that comparison shows the change; a
 * signature of an earlier version rests on the trail's copy.
 */
export function bindingHolds(
  signature: Pick<Signature, 'recordVersion' | 'contentHash'>,
  signedContent: { after: unknown } | undefined,
  current: { version: number; matchesTrail: boolean } | null,
): boolean {
  if (!signedContent || recordContentHash(signedContent.after) !== signature.contentHash) return false;
  return current?.version !== signature.recordVersion || current.matchesTrail;
}
