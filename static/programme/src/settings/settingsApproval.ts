import type { SignatureView } from '../../../../src/contract';

/** The programme settings as a signable record (the backend's `programmeSettings` / `programme`). */
export const settingsRecord = { recordType: 'programmeSettings', recordId: 'programme' } as const;

/** The approval the version on screen has: a current `approved` signature of exactly that version. */
export function currentApproval(signatures: readonly SignatureView[], version: number): SignatureView | null {
  return (
    signatures.find((s) => s.meaning === 'approved' && s.status === 'current' && s.recordVersion === version) ?? null
  );
}
