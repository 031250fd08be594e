import { quoted, syntaxError, type Pos } from './errors';

/**
 * JQL's lexer. Words are Jira's "unquoted strings"; keywords (AND, IN, EMPTY, ORDER …) stay words
 * and the parser recognises them by position, as Jira's grammar does.
 */
export type TokenKind =
  | 'word' // unquoted string: NC-12, -5d, Done, currentUser
  | 'string' // "…" or '…'
  | 'op' // = != < <= > >= ~ !~
  | 'not' // !
  | 'and' // && &
  | 'or' // || |
  | '('
  | ')'
  | ','
  | '['
  | ']'
  | '.'
  | 'eof';

export interface Token {
  kind: TokenKind;
  /** The unescaped value (a string without its quotes). */
  value: string;
  /** The source text of the token, quotes included. */
  raw: string;
  pos: Pos;
}

/** Characters Jira reserves: they end an unquoted string and are an error on their own. */
const RESERVED_CHARS = new Set(['{', '}', '*', '/', '%', '+', '^', '$', '#', '@', '?', ';']);
/** Characters that end an unquoted string because they are JQL syntax. */
const SYNTAX_CHARS = new Set(['"', "'", '=', '!', '<', '>', '(', ')', '~', ',', '[', ']', '|', '&', '.']);
const WHITESPACE = /\s/;

const ESCAPES: Record<string, string> = { '"': '"', "'": "'", '\\': '\\', n: '\n', r: '\r', t: '\t', ' ': ' ' };

class Lexer {
  private i = 0;
  private line = 1;
  private lineStart = 0;
  readonly tokens: Token[] = [];

  constructor(private readonly src: string) {}

  run(): Token[] {
    for (;;) {
      this.skipWhitespace();
      if (this.i >= this.src.length) {
        this.tokens.push({ kind: 'eof', value: '', raw: '', pos: this.pos() });
        return this.tokens;
      }
      this.next();
    }
  }

  private pos(at = this.i): Pos {
    return { offset: at, line: this.line, column: at - this.lineStart + 1 };
  }

  private skipWhitespace() {
    while (this.i < this.src.length && WHITESPACE.test(this.src[this.i]!)) {
      if (this.src[this.i] === '\n') {
        this.line += 1;
        this.lineStart = this.i + 1;
      }
      this.i += 1;
    }
  }

  private push(kind: TokenKind, length: number, value?: string) {
    const raw = this.src.slice(this.i, this.i + length);
    this.tokens.push({ kind, value: value ?? raw, raw, pos: this.pos() });
    this.i += length;
  }

  private next() {
    const c = this.src[this.i]!;
    const d = this.src[this.i + 1];
    if (c === '"' || c === "'") return this.quotedString(c);
    if (c === '!' && (d === '=' || d === '~')) return this.push('op', 2);
    if (c === '!') return this.push('not', 1);
    if ((c === '<' || c === '>') && d === '=') return this.push('op', 2);
    if (c === '=' || c === '<' || c === '>' || c === '~') return this.push('op', 1);
    if (c === '&') return this.push('and', d === '&' ? 2 : 1);
    if (c === '|') return this.push('or', d === '|' ? 2 : 1);
    if (c === '(' || c === ')' || c === ',' || c === '[' || c === ']' || c === '.') return this.push(c, 1);
    if (RESERVED_CHARS.has(c)) throw this.reservedCharacter(c, this.i);
    return this.word();
  }

  private reservedCharacter(c: string, at: number) {
    const escape = `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return syntaxError(
      `The character ${quoted(c)} is a reserved JQL character. You must enclose it in a string or use the escape ${quoted(escape)} instead.`,
      this.pos(at),
    );
  }

  /** Reads a backslash escape at `this.i`; returns the character it stands for. */
  private escape(): string {
    const at = this.i;
    const e = this.src[at + 1];
    if (e === 'u') {
      const hex = this.src.slice(at + 2, at + 6);
      if (/^[0-9a-fA-F]{4}$/.test(hex)) {
        this.i += 6;
        return String.fromCharCode(parseInt(hex, 16));
      }
    } else if (e !== undefined && e in ESCAPES) {
      this.i += 2;
      return ESCAPES[e]!;
    }
    throw syntaxError(`The escape sequence ${quoted(this.src.slice(at, at + 2))} is illegal.`, this.pos(at));
  }

  private quotedString(quote: string) {
    const start = this.i;
    const pos = this.pos();
    let value = '';
    this.i += 1;
    while (this.i < this.src.length && this.src[this.i] !== quote) {
      if (this.src[this.i] === '\\') {
        value += this.escape();
        continue;
      }
      if (this.src[this.i] === '\n') {
        this.line += 1;
        this.lineStart = this.i + 1;
      }
      value += this.src[this.i];
      this.i += 1;
    }
    if (this.i >= this.src.length) {
      throw syntaxError(`The quoted string ${quoted(value)} has not been completed.`, pos);
    }
    this.i += 1;
    this.tokens.push({ kind: 'string', value, raw: this.src.slice(start, this.i), pos });
  }

  private word() {
    const start = this.i;
    const pos = this.pos();
    let value = '';
    while (this.i < this.src.length) {
      const c = this.src[this.i]!;
      if (WHITESPACE.test(c)) break;
      // A decimal point inside a number (1.5) belongs to the word; any other '.' is syntax.
      if (c === '.' && /^[-+]?\d+$/.test(value) && /\d/.test(this.src[this.i + 1] ?? '')) {
        value += c;
        this.i += 1;
        continue;
      }
      if (SYNTAX_CHARS.has(c)) break;
      if (RESERVED_CHARS.has(c)) throw this.reservedCharacter(c, this.i);
      if (c === '\\') {
        value += this.escape();
        continue;
      }
      value += c;
      this.i += 1;
    }
    this.tokens.push({ kind: 'word', value, raw: this.src.slice(start, this.i), pos });
  }
}

export function tokenize(jql: string): Token[] {
  return new Lexer(jql).run();
}
