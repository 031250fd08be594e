import type { LozengeWord } from './lozengeWord';

/** One part of each word in a table (its label, or its lozenge colour), for places that show only that part. */
export function partOf<V extends string, P extends keyof LozengeWord>(
  words: Readonly<Record<V, LozengeWord>>,
  part: P,
): Record<V, LozengeWord[P]> {
  const entries = (Object.keys(words) as V[]).map((value) => [value, words[value][part]]);
  return Object.fromEntries(entries) as Record<V, LozengeWord[P]>;
}

export const labelsOf = <V extends string>(words: Readonly<Record<V, LozengeWord>>) => partOf(words, 'label');
