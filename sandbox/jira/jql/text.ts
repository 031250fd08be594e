import { JqlError } from './errors';

/**
 * The CONTAINS (~) operator over text, approximating Jira's tokenised search: case-insensitive,
 * every word of the query must occur as a word of the text (in any order), `word*` matches a
 * word prefix, a query wrapped in double quotes ("\"exact phrase\"") must occur as consecutive
 * words, and English stop words are ignored. There is no stemming ("audit" does not find
 * "audits"), and Lucene syntax beyond that (?, ~, ^, boolean operators, grouping) is refused.
 */
export interface TextQuery {
  matches(text: string): boolean;
}

/** Lucene's English stop words, which Jira's text index drops. */
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);
const WORD = /[\p{L}\p{N}]+/gu;
const TERM = /[\p{L}\p{N}]+\*?/gu;
const LUCENE_SYNTAX = /[?~^(){}[\]:!]|&&|\|\||(^|\s)[-+]\S|\b(AND|OR|NOT)\b/;

const words = (text: string) => (text.toLowerCase().match(WORD) ?? []).filter((w) => !STOP_WORDS.has(w));

export function compileTextQuery(query: string, field: string): TextQuery {
  const phrase = query.length > 1 && query.startsWith('"') && query.endsWith('"');
  const body = phrase ? query.slice(1, -1) : query;
  if (LUCENE_SYNTAX.test(body) || body.includes('"') || /\*\S/.test(body)) {
    throw new JqlError(
      `The text query '${query}' for field '${field}' uses search syntax that the local emulator does not support.`,
    );
  }
  const terms = (body.toLowerCase().match(TERM) ?? []).filter((t) => !STOP_WORDS.has(t));
  if (terms.length === 0) {
    throw new JqlError(`The text query '${query}' for field '${field}' has no words to search for.`);
  }
  const termMatches = (term: string, word: string) =>
    term.endsWith('*') ? word.startsWith(term.slice(0, -1)) : word === term;
  if (phrase) {
    return {
      matches(text) {
        const ws = words(text);
        return ws.some((_, start) =>
          terms.every((t, k) => ws[start + k] !== undefined && termMatches(t, ws[start + k]!)),
        );
      },
    };
  }
  return {
    matches(text) {
      const ws = words(text);
      return terms.every((t) => ws.some((w) => termMatches(t, w)));
    },
  };
}
