// The emulated Jira expressions' shared fixture: a fixed clock, three people and a frozen finding issue every jiraExpressions.*.test.ts evaluates against.
import {
  evaluateJiraExpression,
  JiraExpressionError,
  type ExpressionContext,
  type ExpressionIssue,
} from '../../../sandbox/jira/expressions';

// Fixed clock: 23:30 UTC on 1 July 2026, so `new CalendarDate()` is 2026-07-01.
export const NOW = new Date('2026-07-01T23:30:00.000Z');
export const ALICE = { accountId: 'acc-alice', displayName: 'Alice Auditor' };
export const BOB = { accountId: 'acc-bob', displayName: 'Bob Owner' };
export const CAROL = { accountId: 'acc-carol', displayName: 'Carol Verifier' };

/** Freezes the fixture all the way down: any write by the evaluator would throw. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

export function issue(overrides: Partial<ExpressionIssue> = {}): ExpressionIssue {
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

export const VERIFIED = { id: 10200, name: 'Verified', category: { key: 'done' as const, name: 'Done' } };

export const ctx = (overrides: Partial<ExpressionIssue> = {}, user = CAROL): ExpressionContext => ({
  issue: issue(overrides),
  user,
  now: NOW,
});

export const evaluate = (expression: string, context: ExpressionContext = ctx()) =>
  evaluateJiraExpression(expression, context);

/** The message of the JiraExpressionError the expression throws. */
export function failure(expression: string, context: ExpressionContext = ctx()): string {
  try {
    evaluateJiraExpression(expression, context);
  } catch (error) {
    if (error instanceof JiraExpressionError) return error.message;
    throw error;
  }
  throw new Error(`expected ${expression} to fail`);
}
