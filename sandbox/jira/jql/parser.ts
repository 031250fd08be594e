import type { Clause, FieldRef, Operand, Operator, Query, SortItem } from './ast';
import { JqlError, operatorNotEmulated, quoted, syntaxError, VALID_OPERATORS } from './errors';
import { RESERVED_WORDS } from './reserved';
import { tokenize, type Token } from './tokenizer';

/** Words the grammar gives a meaning to where they stand; elsewhere they must be quoted. */
const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'is', 'empty', 'null', 'order', 'by', 'asc', 'desc']);
/** Nesting deeper than this (parentheses, NOT) is refused rather than risking the stack. */
const MAX_DEPTH = 100;

const end = (t: Token) => t.pos.offset + t.raw.length;
const lower = (t: Token) => t.value.toLowerCase();

class Parser {
  private i = 0;
  private depth = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly src: string,
  ) {}

  private peek(ahead = 0): Token {
    return this.tokens[Math.min(this.i + ahead, this.tokens.length - 1)]!;
  }

  private advance(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.i += 1;
    return t;
  }

  private isWord(t: Token, ...words: string[]) {
    return t.kind === 'word' && words.includes(lower(t));
  }

  /** "Expecting X but got 'y'. (line, character)" or "Expecting X before the end of the query." */
  private expected(what: string, t: Token, hint = ''): JqlError {
    if (t.kind === 'eof') return syntaxError(`Expecting ${what} before the end of the query.${hint}`);
    return syntaxError(`Expecting ${what} but got ${quoted(t.raw)}.${hint}`, t.pos);
  }

  private reservedWord(t: Token): JqlError {
    return syntaxError(
      `${quoted(t.value)} is a reserved JQL word. You must surround it in quotation marks to use it in a query.`,
      t.pos,
    );
  }

  private nest<T>(t: Token, parse: () => T): T {
    if (++this.depth > MAX_DEPTH) {
      throw new JqlError(`The JQL query nests deeper than ${MAX_DEPTH} levels at ${t.pos.line}:${t.pos.column}.`);
    }
    try {
      return parse();
    } finally {
      this.depth -= 1;
    }
  }

  parseQuery(): Query {
    let where: Clause | null = null;
    let orderBy: SortItem[] | null = null;
    if (this.peek().kind !== 'eof' && !this.isWord(this.peek(), 'order')) {
      where = this.parseOr();
      const next = this.peek();
      if (next.kind !== 'eof' && !this.isWord(next, 'order')) throw this.expected("either 'OR' or 'AND'", next);
    }
    if (this.isWord(this.peek(), 'order')) {
      this.advance();
      if (!this.isWord(this.peek(), 'by')) throw this.expected("'BY'", this.peek());
      this.advance();
      orderBy = this.parseSortList();
    }
    return { where, orderBy };
  }

  private parseOr(): Clause {
    const clauses = [this.parseAnd()];
    while (this.peek().kind === 'or' || this.isWord(this.peek(), 'or')) {
      this.advance();
      clauses.push(this.parseAnd());
    }
    return clauses.length === 1 ? clauses[0]! : { kind: 'or', clauses };
  }

  private parseAnd(): Clause {
    const clauses = [this.parseNot()];
    while (this.peek().kind === 'and' || this.isWord(this.peek(), 'and')) {
      this.advance();
      clauses.push(this.parseNot());
    }
    return clauses.length === 1 ? clauses[0]! : { kind: 'and', clauses };
  }

  private parseNot(): Clause {
    const t = this.peek();
    if (t.kind === 'not' || this.isWord(t, 'not')) {
      this.advance();
      return this.nest(t, () => ({ kind: 'not', clause: this.parseNot() }));
    }
    if (t.kind === '(') {
      this.advance();
      return this.nest(t, () => {
        const inner = this.parseOr();
        if (this.peek().kind !== ')') throw this.expected("')'", this.peek());
        this.advance();
        return inner;
      });
    }
    return this.parseTerminal();
  }

  private parseTerminal(): Clause {
    const field = this.parseField();
    const operator = this.parseOperator(field);
    const operand = this.parseOperand();
    return { kind: 'terminal', field, operator, operand, pos: field.pos };
  }

  private fieldName(): Token {
    const t = this.advance();
    if (t.kind === 'string') return t;
    if (t.kind === 'word') {
      if (KEYWORDS.has(lower(t))) throw this.expected('a field name', t);
      if (RESERVED_WORDS.has(lower(t))) throw this.reservedWord(t);
      return t;
    }
    throw this.expected('a field name', t);
  }

  parseField(): FieldRef {
    const first = this.peek();
    // The field as messages name it: unquoted, e.g. Verification.result, cf[10050], issue.property[k].path.
    const text = (head: string, path: string[]) => [head, ...path].join('.');
    if (this.isWord(first, 'cf') && this.peek(1).kind === '[') {
      this.advance();
      this.advance();
      const id = this.advance();
      if (id.kind !== 'word' || !/^\d+$/.test(id.value)) throw this.expected('a custom field id', id);
      const close = this.advance();
      if (close.kind !== ']') throw this.expected("']'", close);
      const path = this.parsePath();
      return { kind: 'cf', id: id.value, path, text: text(`cf[${id.value}]`, path), pos: first.pos };
    }
    if (
      this.isWord(first, 'issue') &&
      this.peek(1).kind === '.' &&
      this.isWord(this.peek(2), 'property') &&
      this.peek(3).kind === '['
    ) {
      for (let n = 0; n < 4; n++) this.advance();
      const key = this.advance();
      if (key.kind !== 'word' && key.kind !== 'string') throw this.expected('an entity property key', key);
      const close = this.advance();
      if (close.kind !== ']') throw this.expected("']'", close);
      const path = this.parsePath();
      const head = `issue.property[${key.value}]`;
      return { kind: 'property', key: key.value, path: path.join('.'), text: text(head, path), pos: first.pos };
    }
    const name = this.fieldName();
    const path = this.parsePath();
    return { kind: 'name', name: name.value, path, text: text(name.value, path), pos: first.pos };
  }

  /** `.segment` repeated: a property of an object field or of an entity property. */
  private parsePath(): string[] {
    const path: string[] = [];
    while (this.peek().kind === '.') {
      this.advance();
      const segment = this.advance();
      if (segment.kind !== 'word' && segment.kind !== 'string') throw this.expected('a field name', segment);
      path.push(segment.value);
    }
    return path;
  }

  private parseOperator(field: FieldRef): Operator {
    const t = this.peek();
    if (t.kind === 'op') {
      this.advance();
      return t.value as Operator;
    }
    if (this.isWord(t, 'in')) {
      this.advance();
      return 'in';
    }
    if (this.isWord(t, 'not')) {
      this.advance();
      if (!this.isWord(this.peek(), 'in')) throw this.expected("'IN'", this.peek());
      this.advance();
      return 'not in';
    }
    if (this.isWord(t, 'is')) {
      this.advance();
      if (!this.isWord(this.peek(), 'not')) return 'is';
      this.advance();
      return 'is not';
    }
    if (this.isWord(t, 'was', 'changed')) throw operatorNotEmulated(lower(t), field.text);
    throw this.expected('operator', t, ` ${VALID_OPERATORS}`);
  }

  private parseOperand(): Operand {
    const t = this.peek();
    if (t.kind === '(') return this.parseList();
    return this.parseSingleOperand('either a value, list or function');
  }

  private parseSingleOperand(what: string): Operand {
    const t = this.advance();
    if (t.kind === 'string') return { kind: 'value', value: t.value, text: t.raw, pos: t.pos };
    if (t.kind !== 'word') throw this.expected(what, t);
    if (this.isWord(t, 'empty', 'null')) return { kind: 'empty', text: t.raw, pos: t.pos };
    if (this.peek().kind === '(') return this.parseFunction(t);
    if (KEYWORDS.has(lower(t))) {
      throw this.expected(what, t, ` You must surround ${quoted(t.raw)} in quotation marks to use it as a value.`);
    }
    if (RESERVED_WORDS.has(lower(t))) throw this.reservedWord(t);
    const next = this.peek();
    // '.' is reserved in an unquoted value (A.8.2 must be quoted); only field names use it as syntax.
    if (next.kind === '.' && next.pos.offset === end(t)) {
      throw syntaxError(
        "The character '.' is a reserved JQL character. You must enclose it in a string or use the escape '\\u002e' instead.",
        next.pos,
      );
    }
    return { kind: 'value', value: t.value, text: t.raw, pos: t.pos };
  }

  private parseFunction(name: Token): Operand {
    this.advance();
    const args: string[] = [];
    if (this.peek().kind === ')') {
      const close = this.advance();
      return {
        kind: 'function',
        name: name.value,
        args,
        text: this.src.slice(name.pos.offset, end(close)),
        pos: name.pos,
      };
    }
    for (;;) {
      const arg = this.advance();
      if (arg.kind !== 'word' && arg.kind !== 'string') throw this.expected('a function argument', arg);
      args.push(arg.value);
      const next = this.advance();
      if (next.kind === ')') {
        return {
          kind: 'function',
          name: name.value,
          args,
          text: this.src.slice(name.pos.offset, end(next)),
          pos: name.pos,
        };
      }
      if (next.kind !== ',') throw this.expected("either ',' or ')'", next);
    }
  }

  private parseList(): Operand {
    const open = this.advance();
    return this.nest(open, () => {
      const items: Operand[] = [];
      for (;;) {
        items.push(this.parseSingleOperand('either a value or function'));
        const next = this.advance();
        if (next.kind === ')') {
          return { kind: 'list', items, text: this.src.slice(open.pos.offset, end(next)), pos: open.pos };
        }
        if (next.kind !== ',') throw this.expected("either ',' or ')'", next);
      }
    });
  }

  private parseSortList(): SortItem[] {
    const items: SortItem[] = [];
    for (;;) {
      const field = this.parseField();
      let direction: SortItem['direction'] = null;
      if (this.isWord(this.peek(), 'asc', 'desc')) direction = lower(this.advance()) as 'asc' | 'desc';
      items.push({ field, direction });
      const next = this.peek();
      if (next.kind === 'eof') return items;
      if (next.kind !== ',') throw this.expected(direction ? "','" : "either 'ASC' or 'DESC'", next);
      this.advance();
    }
  }
}

/** Parses JQL into its syntax tree; throws JqlError with Jira's wording and position. */
export function parseJql(jql: string): Query {
  return new Parser(tokenize(jql), jql).parseQuery();
}
