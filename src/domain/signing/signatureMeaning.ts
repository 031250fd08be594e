import { z } from 'zod';

/** What a signature means (21 CFR 11.50(a)(3)): shown in words wherever the signature appears. */
export const signatureMeanings = [
  'authored',
  'reviewed',
  'approved',
  'verified',
  'impartialityOverride',
  'closure',
] as const;
export const SignatureMeaning = z.enum(signatureMeanings);
export type SignatureMeaning = z.infer<typeof SignatureMeaning>;

export const signatureMeaningWords: Record<SignatureMeaning, string> = {
  authored: 'Authored: I wrote this record',
  reviewed: 'Reviewed: I reviewed this record',
  approved: 'Approved: I approve this record',
  verified: 'Verified: I verified this is effective',
  impartialityOverride: 'Impartiality override: I authorise this exception',
  closure: 'Closure: I formally close this record',
};
