import {
  evaluateCondition,
  evaluateJiraExpression,
  JiraExpressionError,
  type ExpressionContext,
  type ExpressionIssue,
} from '../../../sandbox/jira/expressions';

// Fixed clock: 23:30 UTC on 1 July 2026, so `new CalendarDate()` is 2026-07-01.
const NOW = new Date('2026-07-01T23:30:00.000Z');
const ALICE = { accountId: 'acc-alice', displayName: 'Alice Auditor' };
const BOB = { accountId: 'acc-bob', displayName: 'Bob Owner' };
const CAROL = { accountId: 'acc-carol', displayName: 'Carol Verifier' };

/** Freezes the fixture all the way down: any write by the evaluator would throw. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

function issue(overrides: Partial<ExpressionIssue> = {}): ExpressionIssue {
  return deepFreeze({
    id: 10001,
    key: 'NC-1',
    summary: '  Access review not performed for privileged accounts ',
    status: { id: 10201, name: 'Awaiting verification', category: { key: 'indeterminate', name: 'In Progress' } },
    issueType: { id: 10100, name: 'Nonconformity' },
    project: { id: 10000, key: 'NC', name: 'Nonconformities' },
    assignee: BOB,
    reporter: ALICE,
    labels: ['iso27001', 'verified'],
    dueDate: '2026-07-10',
    properties: {
      'audit-finding': {
        auditId: 'A-7',
        seq: 1,
        verification: { result: 'effective', verifier: CAROL.accountId, verifiedOn: '2026-06-30' },
        actions: [
          { id: 'CA-1', owner: BOB.accountId, status: 'done' },
          { id: 'CA-2', owner: ALICE.accountId, status: 'done' },
        ],
      },
      simpleKey: 42,
    },
    customFields: {
      customfield_10050: 'majorNC',
      customfield_10051: 8,
      customfield_10053: ['A.5.15', 'A.8.2'],
      customfield_10056: null,
    },
    ...overrides,
  });
}

const VERIFIED = { id: 10200, name: 'Verified', category: { key: 'done' as const, name: 'Done' } };

const ctx = (overrides: Partial<ExpressionIssue> = {}, user = CAROL): ExpressionContext => ({
  issue: issue(overrides),
  user,
  now: NOW,
});

const evaluate = (expression: string, context: ExpressionContext = ctx()) =>
  evaluateJiraExpression(expression, context);

/** The message of the JiraExpressionError the expression throws. */
function failure(expression: string, context: ExpressionContext = ctx()): string {
  try {
    evaluateJiraExpression(expression, context);
  } catch (error) {
    if (error instanceof JiraExpressionError) return error.message;
    throw error;
  }
  throw new Error(`expected ${expression} to fail`);
}

describe('workflow conditions of the audit app', () => {
  const RECORDED = "issue.properties['audit-finding'] != null";
  const EFFECTIVE_BY_OTHER =
    "issue.properties['audit-finding'].verification.result == 'effective' && " +
    "issue.properties['audit-finding'].verification.verifier != issue.assignee?.accountId";
  const SEGREGATION = 'user.accountId != issue.reporter.accountId';

  it('checks that a finding has been recorded', () => {
    expect(evaluateCondition(RECORDED, ctx())).toBe(true);
    expect(evaluateCondition(RECORDED, ctx({ properties: {} }))).toBe(false);
  });

  it('requires an effective verification by someone other than the assignee', () => {
    expect(evaluateCondition(EFFECTIVE_BY_OTHER, ctx())).toBe(true);
    expect(evaluateCondition(EFFECTIVE_BY_OTHER, ctx({ assignee: CAROL }))).toBe(false);
    // Unassigned: `issue.assignee?.accountId` is null, which differs from the verifier.
    expect(evaluateCondition(EFFECTIVE_BY_OTHER, ctx({ assignee: null }))).toBe(true);
    const ineffective = { 'audit-finding': { verification: { result: 'not-effective', verifier: CAROL.accountId } } };
    expect(evaluateCondition(EFFECTIVE_BY_OTHER, ctx({ properties: ineffective }))).toBe(false);
  });

  it('fails, as Jira does, when the condition reads through a missing property without ?.', () => {
    expect(() => evaluateCondition(EFFECTIVE_BY_OTHER, ctx({ properties: {} }))).toThrow(
      `Evaluation failed: "issue.properties['audit-finding'].verification" - Type null does not have any properties`,
    );
    const nullSafe = "issue.properties['audit-finding']?.verification?.result == 'effective'";
    expect(evaluateCondition(nullSafe, ctx({ properties: {} }))).toBe(false);
  });

  it('keeps the reporter from verifying their own finding', () => {
    expect(evaluateCondition(SEGREGATION, ctx({}, CAROL))).toBe(true);
    expect(evaluateCondition(SEGREGATION, ctx({}, ALICE))).toBe(false);
  });

  it('reads status, type, project, labels and custom fields', () => {
    const c = ctx();
    expect(evaluateCondition("issue.status.category.key != 'done'", c)).toBe(true);
    expect(evaluateCondition("issue.status.category.key != 'done'", ctx({ status: VERIFIED }))).toBe(false);
    expect(evaluateCondition("issue.status.name == 'Awaiting verification' && issue.status.id == 10201", c)).toBe(true);
    expect(evaluateCondition("issue.issueType.name == 'Nonconformity' && issue.project.key == 'NC'", c)).toBe(true);
    expect(evaluateCondition("issue.labels.includes('verified')", c)).toBe(true);
    expect(evaluateCondition("issue.labels.includes('verified')", ctx({ labels: [] }))).toBe(false);
    expect(evaluateCondition("issue.customfield_10050 == 'majorNC'", c)).toBe(true);
    expect(evaluateCondition("issue['customfield_10050'] == 'majorNC'", c)).toBe(true);
    expect(evaluateCondition('issue.customfield_10051 >= 5', c)).toBe(true);
    expect(evaluateCondition("issue.customfield_10053.some(c => c.startsWith('A.8'))", c)).toBe(true);
    expect(evaluate('issue.customfield_10056')).toBeNull();
    expect(evaluate('issue.customfield_19999')).toBeNull();
    expect(evaluate("issue.key + ' ' + issue.id + ' ' + issue.summary.trim()")).toBe(
      'NC-1 10001 Access review not performed for privileged accounts',
    );
  });

  it('checks assignment in the documented ways', () => {
    expect(evaluateCondition('issue.assignee != null', ctx())).toBe(true);
    expect(evaluateCondition('issue.assignee != null', ctx({ assignee: null }))).toBe(false);
    expect(evaluateCondition('!!issue.assignee', ctx({ assignee: null }))).toBe(false);
    expect(evaluateCondition('issue.assignee?.accountId == user.accountId', ctx({ assignee: null }))).toBe(false);
    expect(evaluateCondition('issue.assignee?.accountId == user.accountId', ctx({ assignee: CAROL }))).toBe(true);
    expect(evaluate('issue.assignee.displayName')).toBe('Bob Owner');
  });

  it('works through arrays of corrective actions with some, every, filter and map', () => {
    const actions = "issue.properties['audit-finding'].actions";
    expect(evaluateCondition(`${actions}.every(a => a.status == 'done')`, ctx())).toBe(true);
    expect(evaluateCondition(`${actions}.some(a => a.owner == user.accountId)`, ctx({}, ALICE))).toBe(true);
    expect(evaluateCondition(`${actions}.some(a => a.owner == user.accountId)`, ctx({}, CAROL))).toBe(false);
    expect(evaluate(`${actions}.filter(a => a.owner != issue.reporter.accountId).length`)).toBe(1);
    expect(evaluate(`${actions}.map(a => a.id)`)).toEqual(['CA-1', 'CA-2']);
    expect(evaluateCondition(`${actions}.map(a => a.owner).includes(user.accountId)`, ctx({}, BOB))).toBe(true);
    const open = { 'audit-finding': { actions: [{ status: 'done' }, { status: 'open' }] } };
    expect(evaluateCondition(`${actions}.every(a => a.status == 'done')`, ctx({ properties: open }))).toBe(false);
    const none = { 'audit-finding': { actions: [] } };
    expect(evaluateCondition(`${actions}.every(a => a.status == 'done')`, ctx({ properties: none }))).toBe(true);
    expect(evaluateCondition(`${actions}.some(a => a.status == 'done')`, ctx({ properties: none }))).toBe(false);
    // Nested lambdas see the outer parameter; a parameter may shadow a context variable.
    expect(evaluate(`${actions}.map(a => issue.labels.filter(l => a.id == 'CA-1').length)`)).toEqual([2, 0]);
    expect(evaluate("issue.labels.some(issue => issue == 'verified')")).toBe(true);
  });

  it('reads entity properties by computed key, static key, get() and keys()', () => {
    expect(evaluate('issue.properties.simpleKey')).toBe(42);
    expect(evaluate("issue.properties.get('audit-finding').auditId")).toBe('A-7');
    expect(evaluate("issue.properties.get('missing')")).toBeNull();
    expect(evaluate("issue.properties['missing']")).toBeNull();
    expect(evaluate('issue.properties.missing')).toBeNull();
    expect(evaluate("issue.properties['audit-finding'].nope")).toBeNull();
    expect(evaluate('issue.properties.keys()')).toEqual(['audit-finding', 'simpleKey']);
    expect(evaluateCondition("issue.properties.keys().includes('audit-finding')", ctx())).toBe(true);
    // A computed key never names a method, and prototype members are not properties.
    expect(evaluate("issue.properties['get']")).toBeNull();
    expect(evaluate("issue.properties['__proto__']")).toBeNull();
    expect(evaluate("issue.properties['audit-finding']['constructor']")).toBeNull();
  });

  it('compares the due date as a CalendarDate', () => {
    expect(evaluate('issue.dueDate')).toBe('2026-07-10');
    expect(evaluate('issue.dueDate.toString()')).toBe('2026-07-10');
    expect(evaluate('new CalendarDate().toString()')).toBe('2026-07-01');
    expect(evaluateCondition("issue.dueDate < new CalendarDate('2026-08-01')", ctx())).toBe(true);
    expect(evaluateCondition("issue.dueDate == new CalendarDate('2026-07-10')", ctx())).toBe(true);
    expect(evaluateCondition('issue.dueDate >= new CalendarDate()', ctx())).toBe(true);
    expect(evaluateCondition('issue.dueDate <= new CalendarDate().plusDays(7)', ctx())).toBe(false);
    expect(evaluateCondition('issue.dueDate <= new CalendarDate().plusDays(9)', ctx())).toBe(true);
    expect(evaluate('issue.dueDate.minusDays(10).toString()')).toBe('2026-06-30');
    expect(evaluate("issue.dueDate.toString() < '2026-07-11'")).toBe(true);
    expect(evaluate("'due ' + issue.dueDate")).toBe('due 2026-07-10');
    const noDueDate = ctx({ dueDate: null });
    expect(evaluateCondition('issue.dueDate == null || issue.dueDate > new CalendarDate()', noDueDate)).toBe(true);
    expect(() => evaluate('issue.dueDate < new CalendarDate()', noDueDate)).toThrow(
      'Evaluation failed: "issue.dueDate < new CalendarDate()" - Can\'t compare Null to CalendarDate.',
    );
  });

  it('uses the string methods', () => {
    expect(evaluate("issue.summary.toLowerCase().includes('privileged')")).toBe(true);
    expect(evaluate('issue.summary.trim().toUpperCase().startsWith("ACCESS")')).toBe(true);
    expect(evaluate("issue.summary.trim().endsWith('accounts')")).toBe(true);
    expect(evaluate('issue.summary.length')).toBe(54);
    expect(evaluate("issue.key.startsWith('CA-')")).toBe(false);
  });
});

describe('operators and precedence', () => {
  it.each<[string, unknown]>([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 - 4 - 3', 3],
    ['2 * 3 % 4', 2],
    ['7 / 2', 3.5],
    ['-2 * 3', -6],
    ['- -2', 2],
    ['1e3 + .5', 1000.5],
    ['0.1 + 0.2', 0.1 + 0.2],
    ['1 / 0', Infinity],
    ['!true == false', true],
    ['1 < 2 == true', true],
    ['1 + 1 == 2 && 3 > 2', true],
    ['true || false && false', true],
    ['(true || false) && false', false],
    ['!(1 > 2) && !false', true],
    ['false ? 1 : true ? 2 : 3', 2],
    ["1 + 1 == 2 ? 'yes' : 'no'", 'yes'],
    ['true ? false ? 1 : 2 : 3', 2],
    ["'a' + 1 + 2", 'a12'],
    ["1 + 2 + 'a'", '3a'],
    ["'x' + true + null", 'xtruenull'],
    ["'b' > 'a'", true],
    ["'B' < 'a'", true],
    ["'abc' <= 'abd'", true],
    ['null && 1', null],
    ["'' || 'fallback'", 'fallback'],
    ['0 || 5', 5],
    ['1 && 2', 2],
    ['!0', true],
    ["!''", true],
    ['![]', false],
    ["[1, 'a', null, [true]]", [1, 'a', null, [true]]],
    ['[]', []],
    ['[1, [2]] == [1, [2]]', true],
    ['[1, 2] == [2, 1]', false],
    ["1 == '1'", false],
    ['null == null', true],
    ['null != 0', true],
    ['false == 0', false],
    ['issue.assignee == issue.assignee', true],
    ['issue.assignee == issue.reporter', false],
    ["issue.properties['audit-finding'].verification == issue.properties.get('audit-finding').verification", true],
    ["issue.properties['audit-finding'].actions[0] == issue.properties['audit-finding'].actions[1]", false],
    ['\'it\\\'s \' + "a \\"quote\\""', 'it\'s a "quote"'],
    ["'\\u0041\\x42\\u{43}\\t'", 'ABC\t'],
    ["'line\\\ncontinued'", 'linecontinued'],
    ['1 /* inline */ + // to the end of the line\n 2', 3],
    ['issue.labels[0]', 'iso27001'],
    ['issue.labels[9]', null],
  ])('%s → %j', (expression, expected) => {
    expect(evaluate(expression)).toEqual(expected);
  });
});

describe('null safety', () => {
  const unassigned = ctx({ assignee: null, properties: {} });

  it('short-circuits the whole chain after ?. meets null', () => {
    expect(evaluate('issue.assignee?.accountId', unassigned)).toBeNull();
    expect(evaluate("issue.properties['audit-finding']?.verification.result.length", unassigned)).toBeNull();
    expect(evaluate("issue.properties?.['audit-finding']?.verification?.result", unassigned)).toBeNull();
    expect(evaluate("issue.properties['audit-finding']?.actions.map(a => a.id)", unassigned)).toBeNull();
    expect(evaluate('null?.[0]')).toBeNull();
    expect(evaluate("issue.properties?.['audit-finding']?.verification?.result")).toBe('effective');
  });

  it('does not carry the short-circuit past parentheses', () => {
    expect(() => evaluate("(issue.properties['audit-finding']?.verification).result", unassigned)).toThrow(
      `Evaluation failed: "(issue.properties['audit-finding']?.verification).result" - Type null does not have any properties`,
    );
  });

  it('fails on a member of null without ?.', () => {
    expect(() => evaluate('issue.assignee.accountId', unassigned)).toThrow(
      'Evaluation failed: "issue.assignee.accountId" - Type null does not have any properties',
    );
    expect(() => evaluate('issue.assignee.accountId.length', unassigned)).toThrow(
      'Evaluation failed: "issue.assignee.accountId" - Type null does not have any properties',
    );
  });

  it('treats a missing issue or an anonymous user as null', () => {
    const anonymous: ExpressionContext = { issue: null, user: null, now: NOW };
    expect(evaluate('issue?.key', anonymous)).toBeNull();
    expect(evaluateCondition('user == null', anonymous)).toBe(true);
    expect(() => evaluate('issue.key', anonymous)).toThrow('"issue.key" - Type null does not have any properties');
    expect(() => evaluate('user.accountId', anonymous)).toThrow('Type null does not have any properties');
  });
});

describe('evaluateCondition', () => {
  it('demands a Boolean, as a workflow condition does', () => {
    expect(() => evaluateCondition('issue.assignee', ctx({ assignee: null }))).toThrow(
      'Evaluation failed: "issue.assignee" - A workflow condition must evaluate to a Boolean, not Null.',
    );
    expect(() => evaluateCondition('issue.key', ctx())).toThrow('must evaluate to a Boolean, not String.');
    expect(() => evaluateCondition('issue.assignee', ctx())).toThrow('must evaluate to a Boolean, not User.');
    expect(() => evaluateCondition('issue.labels.length && true', ctx({ labels: [] }))).toThrow(
      'must evaluate to a Boolean, not Number.',
    );
  });

  it('lets evaluation errors through as JiraExpressionError', () => {
    expect(() => evaluateCondition('issue.foo == 1', ctx())).toThrow(JiraExpressionError);
  });
});

describe('what evaluateJiraExpression returns', () => {
  it('answers plain JSON, as the REST API would', () => {
    expect(evaluate('issue')).toEqual({ id: '10001', key: 'NC-1' });
    expect(evaluate('issue.status')).toEqual({
      id: 10201,
      name: 'Awaiting verification',
      category: { key: 'indeterminate', name: 'In Progress' },
    });
    expect(evaluate('issue.status.category')).toEqual({ key: 'indeterminate', name: 'In Progress' });
    expect(evaluate('issue.project')).toEqual({ id: 10000, key: 'NC', name: 'Nonconformities' });
    expect(evaluate('user')).toEqual(CAROL);
    expect(evaluate('[issue.dueDate, issue.issueType]')).toEqual(['2026-07-10', { id: 10100, name: 'Nonconformity' }]);
    expect(evaluate("issue.properties['audit-finding'].verification")).toEqual({
      result: 'effective',
      verifier: 'acc-carol',
      verifiedOn: '2026-06-30',
    });
  });

  it('hands back copies, leaving the context untouched', () => {
    const c = ctx();
    const labels = evaluate('issue.labels', c) as string[];
    labels.push('tampered');
    const props = evaluate('issue.properties', c) as Record<string, any>;
    props['audit-finding'].seq = 99;
    expect(c.issue!.labels).toEqual(['iso27001', 'verified']);
    expect((c.issue!.properties['audit-finding'] as any).seq).toBe(1);
  });
});

describe('errors', () => {
  it('is a JiraExpressionError carrying the position', () => {
    let caught: unknown;
    try {
      evaluate('issue.summary\n  .foo');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(JiraExpressionError);
    expect((caught as JiraExpressionError).name).toBe('JiraExpressionError');
    expect((caught as JiraExpressionError).pos).toEqual({ offset: 17, line: 2, column: 4 });
  });

  describe('syntax errors', () => {
    const EXPR = '!, -, typeof, (, IDENTIFIER, null, true, false, NUMBER, STRING, TEMPLATE_LITERAL, new, [ or {';
    it.each<[string, string]>([
      ['issue.key == ', `Syntax error at line 1, column 14: ${EXPR} expected, end of expression encountered.`],
      ['issue.key > )', `Syntax error at line 1, column 13: ${EXPR} expected, ) encountered.`],
      ['', `Syntax error at line 1, column 1: ${EXPR} expected, end of expression encountered.`],
      ['(1 + 2', 'Syntax error at line 1, column 7: ) expected, end of expression encountered.'],
      ['[1, 2', 'Syntax error at line 1, column 6: , expected, end of expression encountered.'],
      ['issue.labels[0', 'Syntax error at line 1, column 15: ] expected, end of expression encountered.'],
      ['true ? 1', 'Syntax error at line 1, column 9: : expected, end of expression encountered.'],
      ['issue.', 'Syntax error at line 1, column 7: IDENTIFIER expected, end of expression encountered.'],
      ['issue.1', 'Syntax error at line 1, column 6: end of expression expected, .1 encountered.'],
      ['issue.key issue.id', 'Syntax error at line 1, column 11: end of expression expected, issue encountered.'],
      ["issue.key == 'NC-1", 'Syntax error at line 1, column 14: unterminated string literal.'],
      ["'a\nb'", 'Syntax error at line 1, column 1: unterminated string literal.'],
      ['1 /* never closed', 'Syntax error at line 1, column 3: unterminated comment.'],
      ['issue.key\n  == @', 'Syntax error at line 2, column 6: unexpected character "@".'],
      ['1 + 2e', 'Syntax error at line 1, column 5: malformed number literal.'],
      ['3items', 'Syntax error at line 1, column 1: malformed number literal.'],
      ["'\\x4'", 'Syntax error at line 1, column 1: malformed \\x escape.'],
      ["'\\u12'", 'Syntax error at line 1, column 1: malformed \\u escape.'],
      ["'\\u{110000}'", 'Syntax error at line 1, column 1: malformed \\u escape.'],
      ['new 5', 'Syntax error at line 1, column 5: IDENTIFIER expected, 5 encountered.'],
    ])('%j', (expression, message) => {
      expect(failure(expression)).toBe(message);
    });
  });

  describe('constructs outside the subset', () => {
    it.each<[string, string]>([
      ['let x = 1; x', '`let` declarations (line 1, column 1)'],
      ['const x = 1', '`const` declarations (line 1, column 1)'],
      ['function f() { return 1 }', 'function declarations (line 1, column 1)'],
      ['if (true) 1', '`if` statements (line 1, column 1)'],
      ['this.key', '`this` (line 1, column 1)'],
      ['typeof issue', 'the `typeof` operator (line 1, column 1)'],
      ['new Date()', '`new Date` (line 1, column 1)'],
      ['new Issue(10001).key', '`new Issue` (line 1, column 1)'],
      ['issue.key = 1', 'assignments (`=`) (line 1, column 11)'],
      ['issue.id += 1', 'compound assignments (`+=`) (line 1, column 10)'],
      ["issue.key === 'NC-1'", 'the strict equality operator `===` (use `==`) (line 1, column 11)'],
      ["issue.key !== 'NC-1'", 'the strict inequality operator `!==` (use `!=`) (line 1, column 11)'],
      ["issue.assignee ?? 'nobody'", 'the nullish coalescing operator `??` (line 1, column 16)'],
      ['2 ** 3', 'the exponentiation operator `**` (line 1, column 3)'],
      ['1 & 3', 'the bitwise operator `&` (line 1, column 3)'],
      ['1 << 3', 'the bitwise operator `<<` (line 1, column 3)'],
      ['~1', 'the bitwise operator `~` (line 1, column 1)'],
      ["'key' in issue", 'the `in` operator (line 1, column 7)'],
      ['issue instanceof Issue', 'the `instanceof` operator (line 1, column 7)'],
      ['issue.key; issue.id', 'statements separated by `;` (line 1, column 10)'],
      ['1, 2', 'the comma operator (line 1, column 2)'],
      ['(1, 2)', 'the comma operator (line 1, column 3)'],
      ['issue.id++', 'the increment operator `++` (line 1, column 9)'],
      ['--issue.id', 'the decrement operator `--` (line 1, column 1)'],
      ['+issue.id', 'the unary `+` operator (line 1, column 1)'],
      ['`NC-${issue.id}`', 'template literals (line 1, column 1)'],
      ['issue.key.match(/NC-\\d+/)', 'regular expression literals (line 1, column 17)'],
      ["{ key: 'x' }", 'object literals (line 1, column 1)'],
      ['[...issue.labels]', 'the spread operator `...` (line 1, column 2)'],
      ['0x1F', 'hexadecimal, octal or binary number literals (line 1, column 1)'],
      ['x => x', 'an arrow function outside the argument of some, every, filter or map (line 1, column 1)'],
      [
        'issue.labels.some((a, b) => a)',
        'arrow functions that do not take exactly one named parameter (line 1, column 19)',
      ],
      [
        'issue.labels.some(() => true)',
        'arrow functions that do not take exactly one named parameter (line 1, column 19)',
      ],
      ['issue.labels.some(l => { return true })', 'arrow functions with a block body (line 1, column 24)'],
      ['Math.max(1, 2)', 'the global `Math` (line 1, column 1)'],
      ["JSON.stringify('x')", 'the global `JSON` (line 1, column 1)'],
      ['project.key', 'the context variable `project` (line 1, column 1)'],
      ['transition.to.name', 'the context variable `transition` (line 1, column 1)'],
      ['issue.comments.length', 'Issue.comments (`issue.comments`) (line 1, column 7)'],
      ['issue.reporter.emailAddress', 'User.emailAddress (`issue.reporter.emailAddress`) (line 1, column 16)'],
      ["issue.summary.split(' ')", "String.split() (`issue.summary.split(' ')`) (line 1, column 15)"],
      ["issue.labels.join(',')", "List.join() (`issue.labels.join(',')`) (line 1, column 14)"],
      ['issue.dueDate.plusMonths(1)', 'CalendarDate.plusMonths() (`issue.dueDate.plusMonths(1)`) (line 1, column 15)'],
      [
        "issue.properties['audit-finding'].get('seq')",
        "Map.get() (`issue.properties['audit-finding'].get('seq')`) (line 1, column 35)",
      ],
      ['issue.id.toString()', 'Number.toString() (`issue.id.toString()`) (line 1, column 10)'],
      ['issue.labels.some', 'a method without calling it (`issue.labels.some`) (line 1, column 14)'],
      ['isEmpty(issue.labels)', 'function calls (`isEmpty()`) (line 1, column 1)'],
      ['issue.labels.some?.(l => true)', 'optional calls (`?.()`) (line 1, column 1)'],
    ])('%j', (expression, construct) => {
      expect(failure(expression)).toBe(`The local emulator does not evaluate ${construct}`);
    });
  });

  describe('evaluation errors', () => {
    it.each<[string, string]>([
      [
        'issue.foo',
        `"issue.foo" - Unrecognized property of \`issue\`: "foo" ('foo'). Available properties of type 'Issue' are: ` +
          "'assignee', 'customfield_10050', 'customfield_10051', 'customfield_10053', 'customfield_10056', " +
          "'dueDate', 'id', 'issueType', 'key', 'labels', 'project', 'properties', 'reporter', 'status', 'summary'.",
      ],
      ["issue['fields']", `"issue['fields']" - Unrecognized property of \`issue\`: "fields" ('fields').`],
      [
        'issue.status.category.colour',
        `"issue.status.category.colour" - Unrecognized property of \`issue.status.category\`: "colour" ('colour'). ` +
          "Available properties of type 'StatusCategory' are: 'key', 'name'.",
      ],
      [
        'user.name',
        `"user.name" - Unrecognized property of \`user\`: "name" ('name'). ` +
          "Available properties of type 'User' are: 'accountId', 'displayName'.",
      ],
      ['issue.labels.some(l => l.size > 0)', `"l.size" - Unrecognized property of \`l\`: "size" ('size').`],
      ['issue.dueDate.day', `"issue.dueDate.day" - Unrecognized property of \`issue.dueDate\`: "day" ('day').`],
      ['isue.key', '"isue" - Unrecognized identifier: "isue"'],
      ['issue.id.value', '"issue.id.value" - Type Number does not have any properties'],
      ['issue.key > 5', `"issue.key > 5" - Can't compare String to Number.`],
      ['true < false', `"true < false" - Can't compare Boolean to Boolean.`],
      ['issue.labels < issue.labels', `"issue.labels < issue.labels" - Can't compare List to List.`],
      ['issue.id - issue.key', `"issue.id - issue.key" - Can't apply operator - to Number and String.`],
      ['true + 1', `"true + 1" - Can't apply operator + to Boolean and Number.`],
      ["'a' + issue.labels", `"'a' + issue.labels" - Can't apply operator + to String and List.`],
      ['issue.id * null', `"issue.id * null" - Can't apply operator * to Number and Null.`],
      ['-issue.key', `"-issue.key" - Can't apply operator - to String.`],
      ['issue.key.includes()', '"issue.key.includes()" - String.includes() takes 1 argument, got 0.'],
      ["issue.key.trim('x')", `"issue.key.trim('x')" - String.trim() takes 0 arguments, got 1.`],
      [
        'issue.key.startsWith(1)',
        '"issue.key.startsWith(1)" - The argument of String.startsWith() must be a String, not Number.',
      ],
      [
        "issue.labels.some('verified')",
        `"issue.labels.some('verified')" - List.some() takes an arrow function (x => ...) as its argument.`,
      ],
      [
        'issue.labels.filter(l => l.length)',
        '"issue.labels.filter(l => l.length)" - The function passed to filter() must return a Boolean, but returned Number.',
      ],
      ['issue.labels.every(l => null)', 'The function passed to every() must return a Boolean, but returned Null.'],
      ['issue.labels.length()', `"issue.labels.length()" - 'length' of type 'List' is a property, not a method.`],
      ['issue.key()', `"issue.key()" - 'key' of type 'Issue' is a property, not a method.`],
      [
        'issue.labels.contains(1)',
        `"issue.labels.contains(1)" - Unrecognized method of \`issue.labels\`: "contains". ` +
          "Available members of type 'List' are: 'every', 'filter', 'includes', 'length', 'map', 'some'.",
      ],
      [
        "issue.properties.keys('x')",
        `"issue.properties.keys('x')" - EntityProperties.keys() takes 0 arguments, got 1.`,
      ],
      ['issue.properties.get(1)', 'The argument of EntityProperties.get() must be a String, not Number.'],
      ['issue.labels[0.5]', '"issue.labels[0.5]" - List index 0.5 is not a whole number.'],
      ['issue[1]', `"issue[1]" - Can't read a member of Issue with a Number key.`],
      ['issue.dueDate.plusDays(1.5)', 'CalendarDate.plusDays() takes a whole number of days, not 1.5.'],
      ["issue.dueDate.plusDays('1')", 'The argument of CalendarDate.plusDays() must be a Number, not String.'],
      [
        "new CalendarDate('2026-02-30')",
        `"new CalendarDate('2026-02-30')" - new CalendarDate() takes no argument or a 'YYYY-MM-DD' String, not String "2026-02-30".`,
      ],
      ['new CalendarDate(1, 2)', "new CalendarDate() takes no argument or a 'YYYY-MM-DD' String, not 2 arguments."],
    ])('%j', (expression, message) => {
      const actual = failure(expression);
      expect(actual).toMatch(/^Evaluation failed: "/);
      expect(actual).toContain(message);
    });
  });

  it('enforces Jira’s length limit', () => {
    const long = `issue.key == '${'x'.repeat(991)}'`;
    expect(long.length).toBe(1006);
    expect(failure(long)).toBe('Jira expression is too long (1006), limit: 1000 characters');
    expect(evaluate(`issue.key == '${'x'.repeat(984)}'`)).toBe(false);
  });

  it('rejects a malformed due date in the context as a programming error, not an expression error', () => {
    expect(() => evaluate('issue.dueDate', ctx({ dueDate: '10/07/2026' }))).toThrow(TypeError);
  });
});
