import BetterSqlite3 from 'better-sqlite3';
import { demoUsers } from '../../../sandbox/site/users';
import {
  JiraEmulator,
  type IssueEvent,
  type ProjectConfig,
  type WorkflowRules,
} from '../../../sandbox/jira/jiraEmulator';
import { createOpenApiValidator, validatingHandler, type Violation } from '../../../sandbox/openapi';
import type { ProductAnswer, ProductHandler } from '../../../sandbox/platform/product';

/**
 * One emulated Jira for a test: a demo site (the demo company's users, the app's fields and
 * entity properties, an NC project with the verification workflow), every exchange checked
 * against Atlassian's OpenAPI document, and the issue events it fired.
 */

export const [aoife, rahul, sofia, tomasz, grace, daniel, mei] = demoUsers.map((user) => user.accountId) as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

export const appFields = [
  { key: 'finding-grade', name: 'Finding grade', type: 'string' as const },
  { key: 'iso-clause', name: 'ISO clause', type: 'array-string' as const },
  {
    key: 'verification',
    name: 'Verification',
    type: 'object' as const,
    readOnly: true,
    properties: [
      { path: 'result', searchAlias: 'result', type: 'string' },
      { path: 'verifier', searchAlias: 'verifier', type: 'user' },
      { path: 'verifiedAt', searchAlias: 'verifiedAt', type: 'date' },
    ],
  },
  { key: 'risk-score', name: 'Risk score', type: 'number' as const },
  { key: 'process-owner', name: 'Process owner', type: 'user' as const },
];
/** Where appFields land, in order. */
export const GRADE = 'customfield_10050';
export const CLAUSE = 'customfield_10051';
export const VERIFICATION = 'customfield_10052';
export const SCORE = 'customfield_10053';
export const OWNER = 'customfield_10054';

export const entityProperties = [
  {
    propertyKey: 'audit-finding',
    values: [
      { path: 'auditId', type: 'string' as const, searchAlias: 'auditId' },
      { path: 'findingId', type: 'string' as const, searchAlias: 'findingId' },
      { path: 'raisedOn', type: 'date' as const },
    ],
  },
];

export const ncProject: ProjectConfig = {
  key: 'NC',
  name: 'Nonconformities',
  issueTypes: [
    { name: 'Nonconformity', description: 'A finding of an internal audit' },
    { name: 'Corrective action', description: 'Action to remove the cause of a nonconformity' },
  ],
  workflow: {
    statuses: [
      { name: 'Open', category: 'new' },
      { name: 'In Progress', category: 'indeterminate' },
      { name: 'Awaiting verification', category: 'indeterminate' },
      { name: 'Closed', category: 'done' },
    ],
    initial: 'Open',
    transitions: [
      { name: 'Start work', from: ['Open'], to: 'In Progress' },
      { name: 'Submit for verification', from: ['In Progress'], to: 'Awaiting verification' },
      {
        name: 'Close',
        from: ['Awaiting verification'],
        to: 'Closed',
        validators: [{ moduleKey: 'independent-verification', configuration: { requireEffective: true } }],
        conditions: [{ moduleKey: 'verification-recorded' }],
      },
      { name: 'Reopen', from: [], to: 'Open' },
    ],
  },
  permissions: {
    [grace]: ['BROWSE_PROJECTS'],
    [mei]: [],
  },
};

/** A second project nobody but admins and Rahul may see. */
export const secProject: ProjectConfig = {
  key: 'SEC',
  name: 'Security incidents',
  issueTypes: [{ name: 'Incident' }],
  workflow: { statuses: [{ name: 'Open', category: 'new' }], initial: 'Open', transitions: [] },
  permissions: Object.fromEntries(
    demoUsers.filter((u) => !u.siteAdmin && u.accountId !== rahul).map((u) => [u.accountId, []]),
  ),
};

export const adf = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

const validator = createOpenApiValidator();

export interface RuleCalls {
  validate: Array<{ moduleKey: string; input: unknown }>;
  condition: Array<{ moduleKey: string; issueKey: string }>;
}

export interface HarnessOptions {
  /** SQLite file (default in memory). */
  file?: string;
  database?: BetterSqlite3.Database;
  configure?: boolean;
  validate?: WorkflowRules['validate'];
  condition?: WorkflowRules['condition'];
}

export type Caller = { provider: 'app' } | { provider: 'user' | 'none'; accountId: string | undefined };

export function createJiraHarness(options: HarnessOptions = {}) {
  const db = options.database ?? new BetterSqlite3(options.file ?? ':memory:');
  let now = new Date('2026-03-02T09:00:00.000Z');
  const events: IssueEvent[] = [];
  const ruleCalls: RuleCalls = { validate: [], condition: [] };
  const rules: WorkflowRules = {
    validate: async (moduleKey, input) => {
      ruleCalls.validate.push({ moduleKey, input });
      return options.validate ? options.validate(moduleKey, input) : { result: true };
    },
    condition: async (moduleKey, issueKey, accountId) => {
      ruleCalls.condition.push({ moduleKey, issueKey });
      return options.condition ? options.condition(moduleKey, issueKey, accountId) : true;
    },
  };
  const jira = new JiraEmulator({
    database: db,
    clock: () => new Date(now),
    users: demoUsers,
    appFields,
    entityProperties,
    workflowRules: rules,
    onIssueEvent: (event) => events.push(event),
  });
  if (options.configure !== false) {
    jira.configureProject(ncProject);
    jira.configureProject(secProject);
  }
  const checked = checkedHandler(jira.handle);

  const call = (caller: Caller, method: string, path: string, body?: unknown): Promise<ProductAnswer> =>
    checked({
      product: 'jira',
      provider: caller.provider,
      accountId: caller.provider === 'app' ? undefined : caller.accountId,
      method,
      path,
      body,
    });

  return {
    jira,
    db,
    events,
    ruleCalls,
    violations: checked.violations,
    advance(minutes: number) {
      now = new Date(now.getTime() + minutes * 60_000);
    },
    now: () => new Date(now),
    asApp: (method: string, path: string, body?: unknown) => call({ provider: 'app' }, method, path, body),
    asUser: (accountId: string | undefined, method: string, path: string, body?: unknown) =>
      call({ provider: 'user', accountId }, method, path, body),
    call,
    /** Runs requests that are meant to break the contract; returns their violations and forgets them. */
    async expectingViolations<T>(work: () => Promise<T>): Promise<{ result: T; violations: Violation[] }> {
      const before = checked.violations.length;
      const result = await work();
      const violations = checked.violations.splice(before);
      return { result, violations };
    },
    /** Creates an NC issue as the app and returns its key and id. */
    async createIssue(fields: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
      const answer = await call({ provider: 'app' }, 'POST', '/rest/api/3/issue', {
        fields: { project: { key: 'NC' }, issuetype: { name: 'Nonconformity' }, summary: 'Finding', ...fields },
        ...extra,
      });
      if (answer.status !== 201) throw new Error(`create failed: ${JSON.stringify(answer.body)}`);
      return answer.body as { id: string; key: string; self: string };
    },
    close() {
      if (!options.database) db.close();
    },
  };
}

export type JiraHarness = ReturnType<typeof createJiraHarness>;

/** Every exchange in a test must be schema-valid: call in afterEach. */
export function expectNoViolations(harness: JiraHarness): void {
  const found = harness.violations.splice(0);
  expect(found).toEqual([]);
}

/** Any emulator's handler, checked against the document (violations collected on it). */
export function checkedHandler(handler: ProductHandler): ProductHandler & { violations: Violation[] } {
  return validator ? validatingHandler(handler, validator) : Object.assign(handler, { violations: [] as Violation[] });
}
