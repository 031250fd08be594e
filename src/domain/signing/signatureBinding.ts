import { recordContentHash, type Signature } from './signature';

/**
 * Whether a signature still binds to what was signed (21 CFR 11.70): the trail's content for the
 * signed version must hash to the signed hash, and while the signature is current the stored record
 * must be that same content. A row changed in the database directly keeps its version number, so
 * only its hash shows the change; a signature of an earlier version is about the trail's copy.
 */
export function bindingHolds(
  signature: Pick<Signature, 'recordVersion' | 'contentHash'>,
  signedContent: { after: unknown } | undefined,
  current: { version: number; record: unknown } | null,
): boolean {
  if (!signedContent || recordContentHash(signedContent.after) !== signature.contentHash) return false;
  if (current?.version !== signature.recordVersion) return true;
  return recordContentHash(current.record) === signature.contentHash;
}
