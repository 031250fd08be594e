import type { SignatureMeaning } from '../domain/signing/signatureMeaning';
import type { SignatureStatus } from '../domain/signing/signature';

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
