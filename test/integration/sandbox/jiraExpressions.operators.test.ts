import { evaluateCondition, JiraExpressionError, type ExpressionContext } from '../../../sandbox/jira/expressions';
import { NOW, CAROL, ctx, evaluate } from './jiraExpressions.fixture';

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
