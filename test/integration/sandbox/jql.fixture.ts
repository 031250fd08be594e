// The emulated JQL's shared fixture: one schema, a fixed clock and the issues every jql.*.test.ts searches.
import { compileJql, JqlError, type JqlIssue, type JqlSchema } from '../../../sandbox/jira/jql';

// Fixed clock: 23:30 UTC on 1 July 2026, which is already 00:30 on 2 July in Dublin (IST, UTC+1).
export const NOW = new Date('2026-07-01T23:30:00.000Z');
export const ALICE = 'acc-alice';
export const BOB = 'acc-bob';
export const CAROL = 'acc-carol';

export const schema: JqlSchema = {
  customFields: [
    { id: 'customfield_10050', name: 'Finding grade', type: 'string' },
    { id: 'customfield_10051', name: 'Risk score', type: 'number' },
    {
      id: 'customfield_10052',
      name: 'Verification',
      type: 'object',
      properties: [
        { path: 'result', type: 'string' },
        { path: 'verifier', searchAlias: 'verifiedBy', type: 'user' },
        { path: 'verifiedAt', type: 'date' },
        { path: 'notes', type: 'text' },
      ],
    },
    { id: 'customfield_10053', name: 'Clauses', type: 'array-string' },
    { id: 'customfield_10054', name: 'Target date', type: 'date' },
    { id: 'customfield_10055', name: 'Closed at', type: 'datetime' },
    { id: 'customfield_10056', name: 'Auditor', type: 'user' },
  ],
  propertyAliases: [
    { alias: 'auditId', propertyKey: 'audit-finding', path: 'auditId', type: 'string' },
    { alias: 'findingSeq', propertyKey: 'audit-finding', path: 'seq', type: 'number' },
    { alias: 'raisedOn', propertyKey: 'audit-finding', path: 'raisedOn', type: 'date' },
    { alias: 'findingOwner', propertyKey: 'audit-finding', path: 'owner', type: 'user' },
    { alias: 'findingText', propertyKey: 'audit-finding', path: 'text', type: 'text' },
  ],
};

export const NC = { id: '10000', key: 'NC', name: 'Nonconformities' };
export const CA = { id: '10001', key: 'CA', name: 'Corrective Actions' };
export const NONCONFORMITY = { id: '10100', name: 'Nonconformity' };
export const CORRECTIVE = { id: '10101', name: 'Corrective action' };
export const OBSERVATION = { id: '10102', name: 'Observation' };
export const OPEN = { id: '1', name: 'Open', categoryKey: 'new' } as const;
export const IN_PROGRESS = { id: '3', name: 'In Progress', categoryKey: 'indeterminate' } as const;
export const AWAITING = { id: '10201', name: 'Awaiting verification', categoryKey: 'indeterminate' } as const;
export const VERIFIED = { id: '10200', name: 'Verified', categoryKey: 'done' } as const;
export const CLOSED = { id: '6', name: 'Closed', categoryKey: 'done' } as const;

export function issue(fields: Partial<JqlIssue> & Pick<JqlIssue, 'id' | 'key' | 'created'>): JqlIssue {
  return {
    project: fields.key.startsWith('NC') ? NC : CA,
    issuetype: NONCONFORMITY,
    status: OPEN,
    summary: '',
    labels: [],
    assignee: null,
    reporter: null,
    duedate: null,
    updated: fields.created,
    resolutiondate: null,
    customFields: {},
    properties: {},
    ...fields,
  };
}

export const ISSUES: JqlIssue[] = [
  issue({
    id: '10001',
    key: 'NC-1',
    status: OPEN,
    summary: 'Access review not performed for privileged accounts',
    labels: ['iso27001', 'access'],
    assignee: ALICE,
    reporter: BOB,
    duedate: '2026-06-15',
    created: '2026-05-01T09:00:00.000Z',
    updated: '2026-06-20T10:00:00.000Z',
    customFields: {
      customfield_10050: 'majorNC',
      customfield_10051: 8,
      customfield_10053: ['A.5.15', 'A.8.2'],
      customfield_10054: '2026-06-30',
      customfield_10056: CAROL,
    },
    properties: {
      'audit-finding': {
        auditId: 'A-7',
        findingId: 'F-1',
        seq: 1,
        raisedOn: '2026-05-01',
        owner: ALICE,
        text: 'Privileged access reviews missing',
      },
    },
  }),
  issue({
    id: '10002',
    key: 'NC-2',
    status: IN_PROGRESS,
    summary: 'Backup restore test overdue',
    labels: ['iso27001'],
    assignee: BOB,
    reporter: ALICE,
    duedate: '2026-07-02', // today in Dublin, tomorrow in UTC
    created: '2026-05-03T12:00:00.000Z',
    updated: '2026-07-01T22:00:00.000Z',
    customFields: { customfield_10050: 'minorNC', customfield_10051: 5, customfield_10053: ['A.8.13'] },
    properties: { 'audit-finding': { auditId: 'A-7', findingId: 'F-2', seq: 2, raisedOn: '2026-05-03', owner: BOB } },
  }),
  issue({
    id: '10003',
    key: 'NC-3',
    status: CLOSED,
    summary: 'Incident response plan not tested',
    labels: ['iso27001', 'incident'],
    assignee: CAROL,
    reporter: BOB,
    duedate: '2026-05-31',
    created: '2026-04-20T07:00:00.000Z',
    updated: '2026-06-10T09:00:00.000Z',
    resolutiondate: '2026-06-10T09:00:00.000Z',
    customFields: {
      customfield_10050: 'minorNC',
      customfield_10051: 3,
      customfield_10052: { result: 'ineffective', verifier: ALICE, verifiedAt: '2026-06-09' },
      customfield_10053: ['A.5.24'],
      customfield_10054: '2026-05-31',
      customfield_10055: '2026-06-10T09:00:00.000Z',
      customfield_10056: ALICE,
    },
    properties: { 'audit-finding': { auditId: 'A-6', seq: 3 } },
  }),
  issue({
    id: '10004',
    key: 'NC-4',
    issuetype: OBSERVATION,
    status: IN_PROGRESS,
    summary: 'Visitor log observation',
    labels: ['observation'],
    assignee: CAROL,
    reporter: CAROL,
    duedate: '2026-07-03',
    created: '2026-06-15T10:00:00.000Z',
    customFields: { customfield_10050: 'observation', customfield_10051: 1, customfield_10052: {} },
    properties: { 'audit-finding': { auditId: 'A-9', seq: 4 } },
  }),
  issue({
    id: '10010',
    key: 'NC-10',
    status: VERIFIED,
    summary: 'Supplier security clauses missing',
    reporter: ALICE,
    duedate: '2026-07-01', // today in UTC, yesterday in Dublin
    created: '2026-05-10T08:00:00.000Z',
    updated: '2026-06-30T23:59:00.000Z',
    resolutiondate: '2026-06-29T15:00:00.000Z',
    customFields: {
      customfield_10050: 'majorNC',
      customfield_10051: 9,
      customfield_10052: {
        result: 'effective',
        verifier: CAROL,
        verifiedAt: '2026-06-29T15:00:00.000Z',
        notes: 'Evidence of supplier contract updates reviewed',
      },
      customfield_10053: ['A.5.19', 'A.5.20'],
      customfield_10055: '2026-06-29T15:00:00.000Z',
    },
    properties: { 'audit-finding': { auditId: 'A-8', seq: 10, raisedOn: '2026-05-10' } },
  }),
  issue({
    id: '10011',
    key: 'NC-11',
    issuetype: OBSERVATION,
    status: OPEN,
    summary: 'Clear desk policy observation',
    labels: ['observation'],
    assignee: ALICE,
    reporter: CAROL,
    created: '2026-06-01T10:00:00.000Z',
    customFields: { customfield_10050: 'observation', customfield_10053: [] },
    properties: { 'audit-finding': { auditId: 'A-8', seq: 11 } },
  }),
  issue({
    id: '10012',
    key: 'NC-12',
    status: OPEN,
    summary: 'Logging retention below policy',
    labels: ['iso27001', 'logging'],
    assignee: BOB,
    reporter: CAROL,
    duedate: '2026-07-31',
    created: '2026-07-01T20:00:00.000Z',
    customFields: { customfield_10050: 'majorNC', customfield_10051: 7, customfield_10053: ['A.8.15'] },
    properties: { 'audit-finding': { auditId: 'A-9', seq: 12, raisedOn: '2026-07-01' } },
  }),
  issue({
    id: '10020',
    key: 'CA-1',
    issuetype: CORRECTIVE,
    status: OPEN,
    summary: 'Implement quarterly access review',
    labels: ['access'],
    assignee: ALICE,
    reporter: ALICE,
    duedate: '2026-07-15',
    created: '2026-05-01T09:00:00.000Z', // the same instant as NC-1
    updated: '2026-05-02T09:00:00.000Z',
  }),
  issue({
    id: '10021',
    key: 'CA-2',
    issuetype: CORRECTIVE,
    status: AWAITING,
    summary: 'Schedule backup restore drills',
    assignee: BOB,
    reporter: ALICE,
    duedate: '2026-07-08',
    created: '2026-05-04T09:00:00.000Z',
    updated: '2026-06-25T09:00:00.000Z',
    properties: { 'audit-finding': { auditId: 'A-7', findingId: 'F-2' } },
  }),
  issue({
    id: '10022',
    key: 'CA-10',
    issuetype: CORRECTIVE,
    status: CLOSED,
    summary: 'Update supplier contracts',
    labels: ['supplier'],
    reporter: BOB,
    duedate: '2026-06-20',
    created: '2026-05-11T09:00:00.000Z',
    updated: '2026-06-28T09:00:00.000Z',
    resolutiondate: '2026-06-28T09:00:00.000Z',
  }),
];

export type Ctx = { currentAccountId?: string | null; timeZone?: string };
export const context = (ctx: Ctx = {}) => ({
  currentAccountId: ctx.currentAccountId === undefined ? ALICE : ctx.currentAccountId,
  now: NOW,
  timeZone: ctx.timeZone,
});

/** The keys a query matches, in fixture order (NC-1 … NC-12, CA-1 … CA-10): a set, for comparison. */
export function search(jql: string, ctx?: Ctx): string[] {
  const q = compileJql(jql, schema, context(ctx));
  return ISSUES.filter((i) => q.matches(i)).map((i) => i.key);
}

/** The keys a query matches, in the query's order. */
export function ordered(jql: string, ctx?: Ctx): string[] {
  const q = compileJql(jql, schema, context(ctx));
  return ISSUES.filter((i) => q.matches(i))
    .sort((a, b) => q.compare(a, b))
    .map((i) => i.key);
}

export function errorOf(jql: string, ctx?: Ctx): string {
  try {
    compileJql(jql, schema, context(ctx));
  } catch (err) {
    expect(err).toBeInstanceOf(JqlError);
    return (err as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(jql)} to be refused`);
}

export const ALL = ISSUES.map((i) => i.key);
export const except = (...keys: string[]) => ALL.filter((k) => !keys.includes(k));
