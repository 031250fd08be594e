import type { SignatureMeaning } from '../../../src/contract';

/**
 * What each signature meaning says, in words (21 CFR 11.50(a)(3)). Copied from
 * src/domain/signing/signatureMeaning.ts: the UI imports only the contract's types. The server
 * also sends `meaningWords` with every signature; these are for what is about to be signed.
 */
export const signatureMeaningWords = {
  authored: 'Authored: I wrote this record',
  reviewed: 'Reviewed: I reviewed this record',
  approved: 'Approved: I approve this record',
  verified: 'Verified: I verified this is effective',
  impartialityOverride: 'Impartiality override: I authorise this exception',
  closure: 'Closure: I formally close this record',
} as const satisfies Record<SignatureMeaning, string>;
