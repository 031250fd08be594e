import { evaluateCondition } from '../../../sandbox/jira/expressions';
import { ALICE, BOB, CAROL, VERIFIED, ctx, evaluate } from './jiraExpressions.fixture';

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
