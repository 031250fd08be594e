import { evaluateJiraExpression, JiraExpressionError } from '../../../sandbox/jira/expressions';

/**
 * Property tests. The first compares the evaluator with JavaScript on random, well-typed expressions
 * over literals, where the subset's semantics and JavaScript's coincide: arithmetic on numbers,
 * `+` on strings, ordering of two numbers or two strings, `==`/`!=` between operands of one type
 * (strict and loose equality agree there), `!`, `&&`, `||` on booleans, and the conditional. The
 * printer adds only the parentheses precedence needs (plus some spare ones), so both parsers must
 * agree on precedence and associativity for the results to match.
 */

const context = { issue: null, user: null, now: new Date('2026-07-01T00:00:00.000Z') };

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Ty = 'num' | 'bool' | 'str';

/** Printed text and its precedence: 1 conditional … 7 multiplicative, 8 unary, 9 primary. */
interface Printed {
  text: string;
  prec: number;
}

const PREC: Record<string, number> = {
  '||': 2,
  '&&': 3,
  '==': 4,
  '!=': 4,
  '<': 5,
  '<=': 5,
  '>': 5,
  '>=': 5,
  '+': 6,
  '-': 6,
  '*': 7,
  '/': 7,
  '%': 7,
};

class Generator {
  constructor(private readonly next: () => number) {}

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  private wrap(p: Printed, min: number): string {
    return p.prec < min || this.next() < 0.1 ? `(${p.text})` : p.text;
  }

  private binary(op: string, left: Printed, right: Printed): Printed {
    const prec = PREC[op]!;
    return { text: `${this.wrap(left, prec)} ${op} ${this.wrap(right, prec + 1)}`, prec };
  }

  private conditional(test: Printed, a: Printed, b: Printed): Printed {
    return { text: `${this.wrap(test, 2)} ? ${this.wrap(a, 1)} : ${this.wrap(b, 1)}`, prec: 1 };
  }

  private unary(op: '!' | '-', operand: Printed): Printed {
    const inner = this.wrap(operand, 8);
    return { text: op === '-' && inner.startsWith('-') ? `- ${inner}` : `${op}${inner}`, prec: 8 };
  }

  private literal(ty: Ty): Printed {
    if (ty === 'num') {
      const n = this.pick([0, 1, 2, 3, 5, 7, 10, 0.5, 1.25, 2.5, 100, 0.1]);
      return { text: String(n), prec: 9 };
    }
    if (ty === 'bool') return { text: this.pick(['true', 'false']), prec: 9 };
    return { text: this.pick(["'a'", "'b'", "'ab'", "''", "'B'", '"a"']), prec: 9 };
  }

  expr(ty: Ty, depth: number): Printed {
    if (depth <= 0 || this.next() < 0.2) return this.literal(ty);
    const d = depth - 1;
    const r = this.next();
    if (r < 0.1) return this.conditional(this.expr('bool', d), this.expr(ty, d), this.expr(ty, d));
    if (ty === 'num') {
      if (r < 0.25) return this.unary('-', this.expr('num', d));
      return this.binary(this.pick(['+', '-', '*', '/', '%']), this.expr('num', d), this.expr('num', d));
    }
    if (ty === 'str') {
      if (r < 0.4) return this.binary('+', this.expr('str', d), this.expr('num', d));
      if (r < 0.55) return this.binary('+', this.expr('num', d), this.expr('str', d));
      return this.binary('+', this.expr('str', d), this.expr('str', d));
    }
    if (r < 0.25) return this.unary('!', this.expr('bool', d));
    if (r < 0.45) return this.binary(this.pick(['&&', '||']), this.expr('bool', d), this.expr('bool', d));
    const operands = this.pick<Ty>(['num', 'num', 'str', 'bool']);
    const ops = operands === 'bool' ? ['==', '!='] : ['==', '!=', '<', '<=', '>', '>='];
    return this.binary(this.pick(ops), this.expr(operands, d), this.expr(operands, d));
  }
}

/** The reference: JavaScript itself, in strict mode (test code only; the evaluator has no eval). */
const javascript = (text: string): unknown => new Function(`"use strict"; return (${text});`)();

describe('the evaluator agrees with JavaScript', () => {
  it.each([1, 2, 3, 4, 5])('on 400 random well-typed expressions over literals (seed %i)', (seed) => {
    const gen = new Generator(random(seed));
    const mismatches: string[] = [];
    let checked = 0;
    while (checked < 400) {
      const ty = (['num', 'bool', 'str'] as const)[checked % 3]!;
      const { text } = gen.expr(ty, 5);
      if (text.length > 1000) continue;
      checked += 1;
      const expected = javascript(text);
      let actual: unknown;
      try {
        actual = evaluateJiraExpression(text, context);
      } catch (error) {
        actual = error instanceof Error ? `threw ${error.message}` : error;
      }
      if (!Object.is(actual, expected)) mismatches.push(`${text} → ${String(actual)}, JavaScript ${String(expected)}`);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('the evaluator fails only with JiraExpressionError', () => {
  const PIECES = [
    'issue', 'user', '.', '?.', 'key', 'labels', 'properties', "['audit-finding']", '[0]', '(', ')', '[', ']', ',',
    '1', '2.5', "'x'", '"y"', 'true', 'null', '+', '-', '*', '/', '%', '==', '!=', '<', '>=', '&&', '||', '!', '?',
    ':', '=>', 'x', 'some', 'map', 'includes(', 'length', 'new CalendarDate(', '=', ';', '{', '}', '`', '\\', '@',
    'let', 'typeof', '===', ' ', '\n', '/*', '*/', '//', "'", '"', 'customfield_10050', 'dueDate', 'toString(',
  ]; // prettier-ignore

  const issue = {
    id: 1,
    key: 'NC-1',
    summary: 's',
    status: { id: 1, name: 'Open', category: { key: 'new' as const, name: 'To Do' } },
    issueType: { id: 1, name: 'Nonconformity' },
    project: { id: 1, key: 'NC', name: 'NC' },
    assignee: null,
    reporter: { accountId: 'a', displayName: 'A' },
    labels: ['x'],
    dueDate: '2026-07-01',
    properties: { 'audit-finding': { a: [1, 2] } },
    customFields: { customfield_10050: 'majorNC' },
  };

  it('on 3000 random token soups', () => {
    const next = random(42);
    const unexpected: string[] = [];
    for (let n = 0; n < 3000; n += 1) {
      const length = 1 + Math.floor(next() * 12);
      const text = Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
      try {
        evaluateJiraExpression(text, { issue, user: null, now: context.now });
      } catch (error) {
        if (!(error instanceof JiraExpressionError)) unexpected.push(`${JSON.stringify(text)}: ${String(error)}`);
      }
    }
    expect(unexpected).toEqual([]);
  });

  it('on deeply nested parentheses up to the length limit', () => {
    const text = `${'('.repeat(499)}1${')'.repeat(499)}`;
    expect(text.length).toBe(999);
    expect(evaluateJiraExpression(text, context)).toBe(1);
  });
});
