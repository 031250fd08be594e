import { createHash } from 'node:crypto';

/**
 * Evidence files are kept to 2 MB: a screenshot, an exported log or a photo fits, and the file
 * still travels, base64-encoded, inside one call from the audit page to the app.
 */
export const EVIDENCE_FILE_MAX_BYTES = 2 * 1024 * 1024;
export const EVIDENCE_FILE_MAX_WORDS = '2 MB';
/** Base64 turns each 3 bytes into 4 characters. */
export const EVIDENCE_FILE_MAX_BASE64 = Math.ceil(EVIDENCE_FILE_MAX_BYTES / 3) * 4;

/** The SHA-256 of bytes or text, in hex: the fingerprint evidence is checked against. */
export const sha256Hex = (content: Uint8Array | string) =>
  createHash('sha256')
    .update(typeof content === 'string' ? Buffer.from(content, 'utf8') : content)
    .digest('hex');

/** The size in plain words (what a refusal and the evidence list show). */
export function sizeInWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a file cannot be evidence, in plain words; null when it can. */
export function fileEvidenceProblem(bytes: number): string | null {
  if (bytes === 0) return 'The file is empty';
  if (bytes > EVIDENCE_FILE_MAX_BYTES) {
    return `The file is ${sizeInWords(bytes)}: evidence files may be at most ${EVIDENCE_FILE_MAX_WORDS}`;
  }
  return null;
}
