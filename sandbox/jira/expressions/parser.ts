import type { BinaryOperator, Node } from './ast';
import { notEmulated, syntaxError, type Pos } from './errors';
import { tokenize, type Token } from './tokenizer';

/**
 * A Pratt parser for the subset. Binding powers follow JavaScript's precedence: the conditional
 * binds loosest, then ||, &&, equality, relational, additive, multiplicative, the unary operators,
 * and member access and calls tightest. Constructs of full Jira expressions (or of JavaScript)
 * outside the subset are refused with a message naming them, never misread.
 */

/** What Jira lists when it wanted the start of an expression (its own wording, from its analyser). */
const EXPRESSION_EXPECTED =
  '!, -, typeof, (, IDENTIFIER, null, true, false, NUMBER, STRING, TEMPLATE_LITERAL, new, [ or {';

const BINARY_POWER: Record<string, number> = {
  '||': 4,
  '&&': 6,
  '==': 8,
  '!=': 8,
  '<': 10,
  '<=': 10,
  '>': 10,
  '>=': 10,
  '+': 12,
  '-': 12,
  '*': 14,
  '/': 14,
  '%': 14,
};
const CONDITIONAL_POWER = 2;
const UNARY_POWER = 14;

/** Operators that may follow an expression in JavaScript or Jira but are outside the subset. */
const REFUSED_INFIX: Record<string, string> = {
  '=': 'assignments (`=`)',
  '===': 'the strict equality operator `===` (use `==`)',
  '!==': 'the strict inequality operator `!==` (use `!=`)',
  '??': 'the nullish coalescing operator `??`',
  '**': 'the exponentiation operator `**`',
  ';': 'statements separated by `;`',
  ',': 'the comma operator',
  '++': 'the increment operator `++`',
  '--': 'the decrement operator `--`',
  in: 'the `in` operator',
  instanceof: 'the `instanceof` operator',
};
for (const op of ['+=', '-=', '*=', '/=', '%=', '**=', '&=', '|=', '^=', '<<=', '>>=', '>>>=', '&&=', '||=', '??=']) {
  REFUSED_INFIX[op] = `compound assignments (\`${op}\`)`;
}
for (const op of ['&', '|', '^', '<<', '>>', '>>>']) REFUSED_INFIX[op] = `the bitwise operator \`${op}\``;

/** Words that start a JavaScript construct the subset does not have. */
const REFUSED_WORDS: Record<string, string> = {
  let: '`let` declarations',
  const: '`const` declarations',
  var: '`var` declarations',
  function: 'function declarations',
  class: 'class declarations',
  this: '`this`',
  super: '`super`',
  import: '`import`',
  export: '`export`',
  typeof: 'the `typeof` operator',
  void: 'the `void` operator',
  delete: 'the `delete` operator',
  await: 'the `await` operator',
  yield: 'the `yield` operator',
  async: 'async functions',
};
for (const word of ['if', 'else', 'for', 'while', 'do', 'switch', 'return', 'try', 'throw', 'break', 'continue']) {
  REFUSED_WORDS[word] = `\`${word}\` statements`;
}

/** Prefix tokens outside the subset. */
const REFUSED_PREFIX: Record<string, string> = {
  '+': 'the unary `+` operator',
  '~': 'the bitwise operator `~`',
  '++': 'the increment operator `++`',
  '--': 'the decrement operator `--`',
  '...': 'the spread operator `...`',
  '{': 'object literals',
  '/': 'regular expression literals',
  '/=': 'regular expression literals',
};

export function parse(source: string): Node {
  return new Parser(source).parseProgram();
}

class Parser {
  private readonly tokens: Token[];
  private index = 0;

  constructor(private readonly source: string) {
    this.tokens = tokenize(source);
  }

  parseProgram(): Node {
    const expression = this.parseExpression(0);
    const next = this.peek();
    if (this.is(next, ',')) throw notEmulated('the comma operator', next.pos);
    if (next.kind !== 'end') throw this.unexpected(next, 'end of expression');
    return expression;
  }

  private peek(ahead = 0): Token {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)]!;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private is(token: Token, punctuator: string): boolean {
    return token.kind === 'punctuator' && token.value === punctuator;
  }

  private expect(punctuator: string): Token {
    const token = this.next();
    if (!this.is(token, punctuator)) throw this.unexpected(token, punctuator);
    return token;
  }

  private text(token: Token): string {
    return token.kind === 'end' ? 'end of expression' : this.source.slice(token.pos.offset, token.end);
  }

  private unexpected(token: Token, expected: string) {
    return syntaxError(token.pos, `${expected} expected, ${this.text(token)} encountered.`);
  }

  private parseExpression(minPower: number): Node {
    let left = this.parsePrefix();
    for (;;) {
      const token = this.peek();
      const op = token.kind === 'punctuator' || token.kind === 'identifier' ? token.value : '';
      if (token.kind === 'punctuator' && op === '?') {
        if (CONDITIONAL_POWER <= minPower) return left;
        this.next();
        const consequent = this.parseExpression(0);
        this.expect(':');
        const alternate = this.parseExpression(CONDITIONAL_POWER - 1);
        left = { type: 'Conditional', test: left, consequent, alternate, pos: left.pos, end: alternate.end };
        continue;
      }
      const power = token.kind === 'punctuator' ? BINARY_POWER[op] : undefined;
      if (power === undefined) {
        const refused = Object.hasOwn(REFUSED_INFIX, op) ? REFUSED_INFIX[op] : undefined;
        // `,` legitimately ends an argument or an array element; the caller decides.
        if (refused && op !== ',' && (token.kind === 'punctuator' || op === 'in' || op === 'instanceof')) {
          throw notEmulated(refused, token.pos);
        }
        return left;
      }
      if (power <= minPower) return left;
      this.next();
      const right = this.parseExpression(power);
      const span = { pos: left.pos, end: right.end };
      left =
        op === '&&' || op === '||'
          ? { type: 'Logical', operator: op, left, right, ...span }
          : { type: 'Binary', operator: op as BinaryOperator, left, right, ...span };
    }
  }

  private parsePrefix(): Node {
    const token = this.peek();
    if (token.kind === 'punctuator') {
      if (token.value === '!' || token.value === '-') {
        this.next();
        const argument = this.parseExpression(UNARY_POWER);
        return { type: 'Unary', operator: token.value, argument, pos: token.pos, end: argument.end };
      }
      const refused = Object.hasOwn(REFUSED_PREFIX, token.value) ? REFUSED_PREFIX[token.value] : undefined;
      if (refused) throw notEmulated(refused, token.pos);
    }
    return this.parsePostfix(this.parsePrimary());
  }

  private parsePrimary(): Node {
    const token = this.next();
    const span = { pos: token.pos, end: token.end };
    switch (token.kind) {
      case 'number':
        return { type: 'Literal', value: token.number!, ...span };
      case 'string':
        return { type: 'Literal', value: token.value, ...span };
      case 'identifier':
        return this.parseWord(token);
      case 'punctuator':
        if (token.value === '(') return this.parseParenthesised(token);
        if (token.value === '[') return this.parseArray(token);
        break;
    }
    throw this.unexpected(token, EXPRESSION_EXPECTED);
  }

  private parseWord(token: Token): Node {
    const span = { pos: token.pos, end: token.end };
    const word = token.value;
    if (word === 'true' || word === 'false') return { type: 'Literal', value: word === 'true', ...span };
    if (word === 'null') return { type: 'Literal', value: null, ...span };
    if (word === 'new') return this.parseNew(token);
    if (Object.hasOwn(REFUSED_WORDS, word)) throw notEmulated(REFUSED_WORDS[word]!, token.pos);
    if (this.is(this.peek(), '=>')) return this.parseArrowBody(word, token.pos);
    return { type: 'Identifier', name: word, ...span };
  }

  private parseNew(token: Token): Node {
    const name = this.next();
    if (name.kind !== 'identifier') throw this.unexpected(name, 'IDENTIFIER');
    if (name.value !== 'CalendarDate') throw notEmulated(`\`new ${name.value}\``, token.pos);
    let args: Node[] = [];
    let end = name.end;
    if (this.is(this.peek(), '(')) {
      this.next();
      args = this.parseArguments();
      end = this.tokens[this.index - 1]!.end;
    }
    return { type: 'New', className: name.value, args, pos: token.pos, end };
  }

  private parseArrowBody(param: string, pos: Pos): Node {
    this.expect('=>');
    if (this.is(this.peek(), '{')) throw notEmulated('arrow functions with a block body', this.peek().pos);
    const body = this.parseExpression(0);
    return { type: 'Arrow', param, body, pos, end: body.end };
  }

  private parseParenthesised(open: Token): Node {
    const close = this.matchingClose(this.index - 1);
    if (close !== null && this.is(this.tokens[close + 1]!, '=>')) {
      const inside = this.tokens.slice(this.index, close);
      if (inside.length === 1 && inside[0]!.kind === 'identifier') {
        this.index = close + 1;
        return this.parseArrowBody(inside[0]!.value, open.pos);
      }
      throw notEmulated('arrow functions that do not take exactly one named parameter', open.pos);
    }
    const inner = this.parseExpression(0);
    const next = this.peek();
    if (this.is(next, ',')) throw notEmulated('the comma operator', next.pos);
    const end = this.expect(')');
    // The span takes in the parentheses, so an error quotes `(a + b)` rather than `a + b`.
    return { ...inner, pos: open.pos, end: end.end };
  }

  /** The index of the token closing the bracket at `openIndex`, or null if it is never closed. */
  private matchingClose(openIndex: number): number | null {
    let depth = 0;
    for (let i = openIndex; i < this.tokens.length; i += 1) {
      const token = this.tokens[i]!;
      if (token.kind !== 'punctuator') continue;
      if (['(', '[', '{'].includes(token.value)) depth += 1;
      if ([')', ']', '}'].includes(token.value)) depth -= 1;
      if (depth === 0) return i;
    }
    return null;
  }

  private parseArray(open: Token): Node {
    const elements: Node[] = [];
    while (!this.is(this.peek(), ']')) {
      elements.push(this.parseExpression(0));
      if (!this.is(this.peek(), ']')) this.expect(',');
    }
    const close = this.next();
    return { type: 'Array', elements, pos: open.pos, end: close.end };
  }

  /** After `(`: the comma-separated arguments and the `)`. */
  private parseArguments(): Node[] {
    const args: Node[] = [];
    while (!this.is(this.peek(), ')')) {
      args.push(this.parseExpression(0));
      if (!this.is(this.peek(), ')')) this.expect(',');
    }
    this.next();
    return args;
  }

  private parsePostfix(start: Node): Node {
    let node = start;
    let optionalChain = false;
    for (;;) {
      const token = this.peek();
      if (token.kind !== 'punctuator') break;
      let optional = false;
      if (token.value === '?.') {
        this.next();
        optional = true;
        optionalChain = true;
        const after = this.peek();
        if (!this.is(after, '(') && !this.is(after, '[')) {
          node = this.parseStaticMember(node, true);
          continue;
        }
      } else if (token.value === '.') {
        this.next();
        node = this.parseStaticMember(node, false);
        continue;
      } else if (token.value !== '[' && token.value !== '(') {
        break;
      }
      const open = this.next();
      if (open.value === '[') {
        const computed = this.parseExpression(0);
        const close = this.expect(']');
        const span = { pos: node.pos, end: close.end, property: computed.pos };
        node = { type: 'Member', object: node, name: null, computed, optional, ...span };
      } else {
        const args = this.parseArguments();
        const end = this.tokens[this.index - 1]!.end;
        node = { type: 'Call', callee: node, args, optional, pos: node.pos, end };
      }
    }
    return optionalChain ? { type: 'Chain', expression: node, pos: node.pos, end: node.end } : node;
  }

  private parseStaticMember(object: Node, optional: boolean): Node {
    const name = this.next();
    if (name.kind !== 'identifier') throw this.unexpected(name, 'IDENTIFIER');
    const span = { pos: object.pos, end: name.end, property: name.pos };
    return { type: 'Member', object, name: name.value, computed: null, optional, ...span };
  }
}
