import { notEmulated, syntaxError, type Pos } from './errors';

export type TokenKind = 'identifier' | 'number' | 'string' | 'punctuator' | 'end';

export interface Token {
  kind: TokenKind;
  /** The identifier or punctuator as written, or the literal's value (a string's after unescaping). */
  value: string;
  /** The number a number literal denotes. */
  number?: number;
  pos: Pos;
  /** Offset just past the token. */
  end: number;
}

// Longest first, so `===` wins over `==` and `=`. Many are here only so the parser can name them
// when it refuses them (assignment, bitwise operators, spread, ...).
const PUNCTUATORS = [
  '>>>=', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=', '...',
  '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '**', '++', '--', '+=', '-=', '*=', '/=', '%=',
  '&=', '|=', '^=', '<<', '>>',
  '.', ',', '(', ')', '[', ']', '{', '}', ':', ';', '?', '!', '<', '>', '+', '-', '*', '/', '%', '=',
  '&', '|', '^', '~',
]; // prettier-ignore

/** After these (or at the start) a `/` would begin a regular expression literal, not divide. */
const BEFORE_OPERAND = new Set([
  'return',
  'typeof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'instanceof',
  'case',
  'do',
  'else',
]);
const regexMayStart = (last: Token | undefined) =>
  last === undefined ||
  (last.kind === 'punctuator' && ![')', ']', '}'].includes(last.value)) ||
  (last.kind === 'identifier' && BEFORE_OPERAND.has(last.value));

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isIdentStart = (c: string | undefined) => c !== undefined && /[A-Za-z_$]/.test(c);
const isIdentPart = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_$]/.test(c);
const isHex = (c: string | undefined) => c !== undefined && /[0-9A-Fa-f]/.test(c);

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
};

/** Maps an offset to its line and column (\n, \r\n and a lone \r each end a line). */
function positions(source: string): (offset: number) => Pos {
  const starts = [0];
  for (let i = 0; i < source.length; i += 1) {
    if (source[i] === '\n' || (source[i] === '\r' && source[i + 1] !== '\n')) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { offset, line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** Splits an expression into tokens; comments and whitespace are skipped. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const posAt = positions(source);
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i += 1;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      const open = posAt(i);
      const close = source.indexOf('*/', i + 2);
      if (close < 0) throw syntaxError(open, 'unterminated comment.');
      i = close + 2;
      continue;
    }

    const pos = posAt(i);
    if (c === '`') throw notEmulated('template literals', pos);
    if (c === '/' && regexMayStart(tokens[tokens.length - 1])) throw notEmulated('regular expression literals', pos);
    if (isIdentStart(c)) {
      let j = i + 1;
      while (isIdentPart(source[j])) j += 1;
      tokens.push({ kind: 'identifier', value: source.slice(i, j), pos, end: j });
      i = j;
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(source[i + 1]))) {
      i = readNumber(source, i, pos, tokens);
      continue;
    }
    if (c === "'" || c === '"') {
      i = readString(source, i, pos, tokens);
      continue;
    }
    // `a?.5:1` is a conditional, not optional chaining.
    const punctuator = PUNCTUATORS.find((p) => source.startsWith(p, i) && !(p === '?.' && isDigit(source[i + 2])));
    if (!punctuator) throw syntaxError(pos, `unexpected character ${JSON.stringify(c)}.`);
    tokens.push({ kind: 'punctuator', value: punctuator, pos, end: i + punctuator.length });
    i += punctuator.length;
  }
  tokens.push({ kind: 'end', value: '', pos: posAt(i), end: i });
  return tokens;
}

function readNumber(source: string, start: number, pos: Pos, tokens: Token[]): number {
  if (source[start] === '0' && /[xXoObB]/.test(source[start + 1] ?? '')) {
    throw notEmulated('hexadecimal, octal or binary number literals', pos);
  }
  let j = start;
  while (isDigit(source[j])) j += 1;
  if (source[j] === '.') {
    j += 1;
    while (isDigit(source[j])) j += 1;
  }
  if (source[j] === 'e' || source[j] === 'E') {
    let k = j + 1;
    if (source[k] === '+' || source[k] === '-') k += 1;
    if (!isDigit(source[k])) throw syntaxError(pos, 'malformed number literal.');
    while (isDigit(source[k])) k += 1;
    j = k;
  }
  if (isIdentPart(source[j])) throw syntaxError(pos, 'malformed number literal.');
  const text = source.slice(start, j);
  tokens.push({ kind: 'number', value: text, number: Number(text), pos, end: j });
  return j;
}

function readString(source: string, start: number, pos: Pos, tokens: Token[]): number {
  const quote = source[start];
  let value = '';
  let j = start + 1;
  for (;;) {
    const c = source[j];
    if (c === undefined || c === '\n' || c === '\r') throw syntaxError(pos, 'unterminated string literal.');
    if (c === quote) break;
    if (c !== '\\') {
      value += c;
      j += 1;
      continue;
    }
    const e = source[j + 1];
    if (e === undefined) throw syntaxError(pos, 'unterminated string literal.');
    if (e === 'x') {
      const hex = source.slice(j + 2, j + 4);
      if (hex.length < 2 || ![...hex].every(isHex)) throw syntaxError(pos, 'malformed \\x escape.');
      value += String.fromCharCode(parseInt(hex, 16));
      j += 4;
    } else if (e === 'u' && source[j + 2] === '{') {
      const close = source.indexOf('}', j + 3);
      const hex = close < 0 ? '' : source.slice(j + 3, close);
      const code = parseInt(hex, 16);
      if (!hex || ![...hex].every(isHex) || code > 0x10ffff) throw syntaxError(pos, 'malformed \\u escape.');
      value += String.fromCodePoint(code);
      j = close + 1;
    } else if (e === 'u') {
      const hex = source.slice(j + 2, j + 6);
      if (hex.length < 4 || ![...hex].every(isHex)) throw syntaxError(pos, 'malformed \\u escape.');
      value += String.fromCharCode(parseInt(hex, 16));
      j += 6;
    } else if (e === '\n' || e === '\r') {
      // A line continuation contributes nothing.
      j += e === '\r' && source[j + 2] === '\n' ? 3 : 2;
    } else {
      value += SIMPLE_ESCAPES[e] ?? e;
      j += 2;
    }
  }
  tokens.push({ kind: 'string', value, pos, end: j + 1 });
  return j + 1;
}
