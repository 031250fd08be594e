import { compileJql, JqlError, type JqlIssue, type JqlSchema } from '../../../sandbox/jira/jql';

// Fixed clock: 23:30 UTC on 1 July 2026, which is already 00:30 on 2 July in Dublin (IST, UTC+1).
const NOW = new Date('2026-07-01T23:30:00.000Z');
const ALICE = 'acc-alice';
const BOB = 'acc-bob';
const CAROL = 'acc-carol';

const schema: JqlSchema = {
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

const NC = { id: '10000', key: 'NC', name: 'Nonconformities' };
const CA = { id: '10001', key: 'CA', name: 'Corrective Actions' };
const NONCONFORMITY = { id: '10100', name: 'Nonconformity' };
const CORRECTIVE = { id: '10101', name: 'Corrective action' };
const OBSERVATION = { id: '10102', name: 'Observation' };
const OPEN = { id: '1', name: 'Open', categoryKey: 'new' } as const;
const IN_PROGRESS = { id: '3', name: 'In Progress', categoryKey: 'indeterminate' } as const;
const AWAITING = { id: '10201', name: 'Awaiting verification', categoryKey: 'indeterminate' } as const;
const VERIFIED = { id: '10200', name: 'Verified', categoryKey: 'done' } as const;
const CLOSED = { id: '6', name: 'Closed', categoryKey: 'done' } as const;

function issue(fields: Partial<JqlIssue> & Pick<JqlIssue, 'id' | 'key' | 'created'>): JqlIssue {
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

const ISSUES: JqlIssue[] = [
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

type Ctx = { currentAccountId?: string | null; timeZone?: string };
const context = (ctx: Ctx = {}) => ({
  currentAccountId: ctx.currentAccountId === undefined ? ALICE : ctx.currentAccountId,
  now: NOW,
  timeZone: ctx.timeZone,
});

/** The keys a query matches, in fixture order (NC-1 … NC-12, CA-1 … CA-10): a set, for comparison. */
function search(jql: string, ctx?: Ctx): string[] {
  const q = compileJql(jql, schema, context(ctx));
  return ISSUES.filter((i) => q.matches(i)).map((i) => i.key);
}

/** The keys a query matches, in the query's order. */
function ordered(jql: string, ctx?: Ctx): string[] {
  const q = compileJql(jql, schema, context(ctx));
  return ISSUES.filter((i) => q.matches(i))
    .sort((a, b) => q.compare(a, b))
    .map((i) => i.key);
}

function errorOf(jql: string, ctx?: Ctx): string {
  try {
    compileJql(jql, schema, context(ctx));
  } catch (err) {
    expect(err).toBeInstanceOf(JqlError);
    return (err as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(jql)} to be refused`);
}

const ALL = ISSUES.map((i) => i.key);
const except = (...keys: string[]) => ALL.filter((k) => !keys.includes(k));

describe('JQL: the empty query and keywords', () => {
  it('an empty or blank query matches everything', () => {
    expect(search('')).toEqual(ALL);
    expect(search('  \n\t ')).toEqual(ALL);
    expect(search('ORDER BY key')).toEqual(ALL);
  });

  it('keywords, field names and function names are case-insensitive', () => {
    expect(search('PROJECT = nc and Status = OPEN')).toEqual(['NC-1', 'NC-11', 'NC-12']);
    expect(search('Assignee = CURRENTUSER() Or labels Is Empty')).toEqual(['NC-1', 'NC-10', 'NC-11', 'CA-1', 'CA-2']);
    expect(ordered('project = CA order by KEY desc')).toEqual(['CA-10', 'CA-2', 'CA-1']);
  });

  it("accepts Jira's symbolic AND, OR and NOT (&&, &, ||, |, !)", () => {
    expect(search('project = NC && (labels = "access" || labels = logging)')).toEqual(['NC-1', 'NC-12']);
    expect(search('project = NC & labels = "access" | key = CA-2')).toEqual(['NC-1', 'CA-2']);
    expect(search('!project = NC')).toEqual(['CA-1', 'CA-2', 'CA-10']);
  });

  it('values may be quoted with either quote, with escapes', () => {
    expect(search("status = 'In Progress'")).toEqual(['NC-2', 'NC-4']);
    expect(search('status = "In\\u0020Progress"')).toEqual(['NC-2', 'NC-4']);
    expect(search('summary ~ "\\"clear desk\\""')).toEqual(['NC-11']);
  });
});

describe('JQL: system fields', () => {
  it('project by key, id or name; =, !=, in, not in', () => {
    expect(search('project = NC')).toEqual(['NC-1', 'NC-2', 'NC-3', 'NC-4', 'NC-10', 'NC-11', 'NC-12']);
    expect(search('project = ca')).toEqual(['CA-1', 'CA-2', 'CA-10']);
    expect(search('project = 10001')).toEqual(['CA-1', 'CA-2', 'CA-10']);
    expect(search('project = "corrective actions"')).toEqual(['CA-1', 'CA-2', 'CA-10']);
    expect(search('project in (NC, CA)')).toEqual(ALL);
    expect(search('project != NC')).toEqual(['CA-1', 'CA-2', 'CA-10']);
    expect(search('project not in (NC, "Nowhere")')).toEqual(['CA-1', 'CA-2', 'CA-10']);
    expect(search('project = NOPE')).toEqual([]);
  });

  it('issuetype and its alias type', () => {
    expect(search('issuetype = Observation')).toEqual(['NC-4', 'NC-11']);
    expect(search('type = "Corrective action"')).toEqual(['CA-1', 'CA-2', 'CA-10']);
    expect(search('issuetype in (Observation, 10101)')).toEqual(['NC-4', 'NC-11', 'CA-1', 'CA-2', 'CA-10']);
    expect(search('type != Nonconformity')).toEqual(['NC-4', 'NC-11', 'CA-1', 'CA-2', 'CA-10']);
    expect(search('issuetype not in (Nonconformity, Observation)')).toEqual(['CA-1', 'CA-2', 'CA-10']);
  });

  it('status by name or id', () => {
    expect(search('status = "In Progress"')).toEqual(['NC-2', 'NC-4']);
    expect(search('status = open')).toEqual(['NC-1', 'NC-11', 'NC-12', 'CA-1']);
    expect(search('status = 6')).toEqual(['NC-3', 'CA-10']);
    expect(search('status in (Closed, Verified)')).toEqual(['NC-3', 'NC-10', 'CA-10']);
    expect(search('status != Open')).toEqual(['NC-2', 'NC-3', 'NC-4', 'NC-10', 'CA-2', 'CA-10']);
    expect(search('status not in (Open, Closed)')).toEqual(['NC-2', 'NC-4', 'NC-10', 'CA-2']);
  });

  it('statusCategory by name, key or id', () => {
    expect(search('statusCategory = Done')).toEqual(['NC-3', 'NC-10', 'CA-10']);
    expect(search('statusCategory = "To Do"')).toEqual(['NC-1', 'NC-11', 'NC-12', 'CA-1']);
    expect(search('statusCategory = "In Progress"')).toEqual(['NC-2', 'NC-4', 'CA-2']);
    expect(search('statuscategory = indeterminate')).toEqual(['NC-2', 'NC-4', 'CA-2']);
    expect(search('statusCategory = new')).toEqual(search('statusCategory = 2'));
    expect(search('statusCategory in (new, 3)')).toEqual(except('NC-2', 'NC-4', 'CA-2'));
    expect(search('statusCategory != done')).toEqual(except('NC-3', 'NC-10', 'CA-10'));
    expect(search('statusCategory not in ("To Do", Done)')).toEqual(['NC-2', 'NC-4', 'CA-2']);
  });

  it('key, issuekey, issue and id; by key (any case) or numeric id', () => {
    expect(search('key = NC-1')).toEqual(['NC-1']);
    expect(search('key = nc-10')).toEqual(['NC-10']);
    expect(search('key = 10010')).toEqual(['NC-10']);
    expect(search('issuekey in (NC-1, NC-2, CA-10)')).toEqual(['NC-1', 'NC-2', 'CA-10']);
    expect(search('issue = CA-2')).toEqual(['CA-2']);
    expect(search('id = 10021')).toEqual(['CA-2']);
    expect(search('key != NC-1')).toEqual(except('NC-1'));
    expect(search('key not in (NC-1, NC-2)')).toEqual(except('NC-1', 'NC-2'));
    expect(search('key = NC-99')).toEqual([]);
  });

  it('summary ~: every word, any order, case-insensitive, stop words ignored, prefix*, "phrase"', () => {
    expect(search('summary ~ backup')).toEqual(['NC-2', 'CA-2']);
    expect(search('summary ~ BACKUP')).toEqual(['NC-2', 'CA-2']);
    expect(search('summary ~ "review access"')).toEqual(['NC-1', 'CA-1']);
    expect(search('summary ~ "\\"access review\\""')).toEqual(['NC-1', 'CA-1']);
    expect(search('summary ~ "\\"review access\\""')).toEqual([]);
    expect(search('summary ~ "the backup"')).toEqual(['NC-2', 'CA-2']);
    expect(search('summary ~ "suppl*"')).toEqual(['NC-10', 'CA-10']);
    expect(search('summary ~ suppl')).toEqual([]);
    expect(search('summary ~ "backup restore drills"')).toEqual(['CA-2']);
    expect(search('summary !~ backup')).toEqual(except('NC-2', 'CA-2'));
  });

  it('labels: = and in mean "has", != and not in need labels, EMPTY', () => {
    expect(search('labels = iso27001')).toEqual(['NC-1', 'NC-2', 'NC-3', 'NC-12']);
    expect(search('labels in ("access", supplier)')).toEqual(['NC-1', 'CA-1', 'CA-10']);
    expect(search('labels is EMPTY')).toEqual(['NC-10', 'CA-2']);
    expect(search('labels = EMPTY')).toEqual(['NC-10', 'CA-2']);
    expect(search('labels is not EMPTY')).toEqual(except('NC-10', 'CA-2'));
    expect(search('labels != iso27001')).toEqual(['NC-4', 'NC-11', 'CA-1', 'CA-10']);
    expect(search('labels not in (iso27001, observation)')).toEqual(['CA-1', 'CA-10']);
    expect(search('labels in (EMPTY, supplier)')).toEqual(['NC-10', 'CA-2', 'CA-10']);
    expect(search('labels = ISO27001')).toEqual([]);
  });

  it('assignee and reporter: account ids, currentUser(), EMPTY', () => {
    expect(search('assignee = currentUser()')).toEqual(['NC-1', 'NC-11', 'CA-1']);
    expect(search(`assignee = ${BOB}`)).toEqual(['NC-2', 'NC-12', 'CA-2']);
    expect(search('assignee is EMPTY')).toEqual(['NC-10', 'CA-10']);
    expect(search('assignee is null')).toEqual(['NC-10', 'CA-10']);
    expect(search('assignee != currentUser()')).toEqual(['NC-2', 'NC-3', 'NC-4', 'NC-12', 'CA-2']);
    expect(search(`assignee in (currentUser(), ${CAROL})`)).toEqual(['NC-1', 'NC-3', 'NC-4', 'NC-11', 'CA-1']);
    expect(search(`assignee in (EMPTY, ${CAROL})`)).toEqual(['NC-3', 'NC-4', 'NC-10', 'CA-10']);
    expect(search(`assignee not in (EMPTY, ${BOB})`)).toEqual(['NC-1', 'NC-3', 'NC-4', 'NC-11', 'CA-1']);
    expect(search('reporter = currentUser()')).toEqual(['NC-2', 'NC-10', 'CA-1', 'CA-2']);
    expect(search(`reporter in (${BOB}, ${CAROL})`)).toEqual(except('NC-2', 'NC-10', 'CA-1', 'CA-2'));
    expect(search('reporter is EMPTY')).toEqual([]);
  });

  it('currentUser() for an anonymous caller matches nothing, negated or not', () => {
    const anonymous = { currentAccountId: null };
    expect(search('assignee = currentUser()', anonymous)).toEqual([]);
    expect(search('assignee != currentUser()', anonymous)).toEqual([]);
    expect(search('NOT assignee in (currentUser())', anonymous)).toEqual([]);
    expect(search('assignee in (currentUser(), EMPTY)', anonymous)).toEqual(['NC-10', 'CA-10']);
  });
});

describe('JQL: dates', () => {
  it('duedate (alias due) against absolute dates in every accepted format', () => {
    expect(search('duedate = "2026-07-02"')).toEqual(['NC-2']);
    expect(search('due = "2026/07/02"')).toEqual(['NC-2']);
    expect(search('duedate = 2026-07-02')).toEqual(['NC-2']);
    expect(search('duedate = "2026-7-2"')).toEqual(['NC-2']);
    expect(search('duedate = "2026-07-02 13:00"')).toEqual(['NC-2']); // a date-only field compares days
    expect(search('duedate != "2026-07-02"')).toEqual(except('NC-2', 'NC-11'));
    expect(search('duedate < "2026-06-20"')).toEqual(['NC-1', 'NC-3']);
    expect(search('duedate <= "2026-06-20"')).toEqual(['NC-1', 'NC-3', 'CA-10']);
    expect(search('duedate > "2026-07-08"')).toEqual(['NC-12', 'CA-1']);
    expect(search('duedate >= "2026/07/08 23:59"')).toEqual(['NC-12', 'CA-1', 'CA-2']);
    expect(search('duedate in ("2026-07-02", "2026-07-03")')).toEqual(['NC-2', 'NC-4']);
    expect(search('duedate in (EMPTY, "2026-07-03")')).toEqual(['NC-4', 'NC-11']);
    expect(search('duedate not in ("2026-07-02", "2026-07-03")')).toEqual(except('NC-2', 'NC-4', 'NC-11'));
  });

  it('EMPTY and NULL', () => {
    expect(search('duedate is EMPTY')).toEqual(['NC-11']);
    expect(search('duedate is not NULL')).toEqual(except('NC-11'));
    expect(search('resolutiondate is not EMPTY')).toEqual(['NC-3', 'NC-10', 'CA-10']);
    expect(search('resolved is EMPTY')).toEqual(except('NC-3', 'NC-10', 'CA-10'));
    expect(search('resolutiondate != EMPTY')).toEqual(['NC-3', 'NC-10', 'CA-10']);
  });

  it('relative periods from now: -5d, 2w, -1h, 90m, "-4w 2d"', () => {
    // now + 1w = 8 July 23:30; a due date compares its day with 8 July.
    expect(search('duedate > 1w')).toEqual(['NC-12', 'CA-1']);
    expect(search('duedate >= 1w')).toEqual(['NC-12', 'CA-1', 'CA-2']);
    expect(search('created >= -7d')).toEqual(['NC-12']);
    expect(search('updated >= "-2h"')).toEqual(['NC-2']);
    expect(search('updated >= -90m')).toEqual(['NC-2']); // exactly 22:00, inclusive
    expect(search('updated > -90m')).toEqual([]);
    expect(search('created > -1h')).toEqual([]);
    expect(search('created >= "-4w 2d"')).toEqual(['NC-4', 'NC-12']); // since 1 June 23:30
    expect(search('raisedOn < -30d')).toEqual(['NC-1', 'NC-2', 'NC-10']); // before 1 June
    expect(search('duedate < "+1d"')).toEqual(search('duedate < 1d'));
  });

  it('date-time fields compare instants; a date literal is midnight, a time is wall time', () => {
    expect(search('created > "2026-06-01"')).toEqual(['NC-4', 'NC-11', 'NC-12']);
    expect(search('created > "2026-06-01 10:00"')).toEqual(['NC-4', 'NC-12']);
    expect(search('created >= "2026-06-01 10:00"')).toEqual(['NC-4', 'NC-11', 'NC-12']);
    expect(search('created = "2026-06-01 10:00"')).toEqual(['NC-11']);
    expect(search('createdDate = "2026-06-01"')).toEqual([]); // not midnight
    expect(search('updatedDate < "2026-05-03"')).toEqual(['CA-1']);
    expect(search('resolved >= "2026-06-28"')).toEqual(['NC-10', 'CA-10']);
    expect(search('resolutiondate < "2026-06-28"')).toEqual(['NC-3']);
  });

  it('now(), startOfDay(), endOfDay() with increments, startOfMonth(), endOfYear()', () => {
    expect(search('duedate < now()')).toEqual(['NC-1', 'NC-3', 'CA-10']); // strictly before today
    expect(search('duedate <= now()')).toEqual(['NC-1', 'NC-3', 'NC-10', 'CA-10']);
    expect(search('duedate = now()')).toEqual(['NC-10']);
    expect(search('duedate >= startOfDay() AND duedate <= endOfDay()')).toEqual(['NC-10']);
    expect(search('duedate = startOfDay(1)')).toEqual(['NC-2']);
    expect(search('duedate = endOfDay("+2d")')).toEqual(['NC-4']);
    expect(search('duedate = startOfDay(-1)')).toEqual([]);
    expect(search('created >= startOfDay()')).toEqual(['NC-12']);
    expect(search('updated >= startOfDay(-1) AND updated < startOfDay()')).toEqual(['NC-10']);
    expect(search('created >= startOfMonth()')).toEqual(['NC-12']);
    expect(search('created >= startOfMonth(-1)')).toEqual(['NC-4', 'NC-11', 'NC-12']);
    expect(search('created >= startOfMonth("-16d")')).toEqual(['NC-4', 'NC-12']); // since 15 June
    expect(search('created < startOfYear()')).toEqual([]);
    expect(search('duedate <= endOfYear()')).toEqual(except('NC-11'));
  });

  it('time zone: a due date that is today in Europe/Dublin but tomorrow in UTC', () => {
    const dublin = { timeZone: 'Europe/Dublin' };
    expect(search('duedate = now()')).toEqual(['NC-10']);
    expect(search('duedate = now()', dublin)).toEqual(['NC-2']);
    expect(search('duedate >= startOfDay() AND duedate <= endOfDay()', dublin)).toEqual(['NC-2']);
    expect(search('duedate < now()', dublin)).toEqual(['NC-1', 'NC-3', 'NC-10', 'CA-10']); // NC-10 is overdue in Dublin
    // A literal's wall time is read in the zone: 00:00 on 1 July in Dublin is 23:00 UTC on 30 June.
    expect(search('updated >= "2026-07-01"')).toEqual(['NC-2', 'NC-12']);
    expect(search('updated >= "2026-07-01"', dublin)).toEqual(['NC-2', 'NC-10', 'NC-12']);
    expect(search('created >= startOfDay()', dublin)).toEqual([]);
    expect(search('created >= startOfDay(-1)', dublin)).toEqual(['NC-12']);
  });
});

describe('JQL: custom fields', () => {
  it('string field by name (any case) or cf[id]', () => {
    expect(search('"Finding grade" = majorNC')).toEqual(['NC-1', 'NC-10', 'NC-12']);
    expect(search('cf[10050] = majorNC')).toEqual(['NC-1', 'NC-10', 'NC-12']);
    expect(search("'finding grade' in (minorNC, observation)")).toEqual(['NC-2', 'NC-3', 'NC-4', 'NC-11']);
    expect(search('cf[10050] != majorNC')).toEqual(['NC-2', 'NC-3', 'NC-4', 'NC-11']);
    expect(search('cf[10050] not in (majorNC, minorNC)')).toEqual(['NC-4', 'NC-11']);
    expect(search('cf[10050] is EMPTY')).toEqual(['CA-1', 'CA-2', 'CA-10']);
    expect(search('cf[10050] = MAJORNC')).toEqual([]);
  });

  it('number field: equality and comparison operators', () => {
    expect(search('"Risk score" >= 7')).toEqual(['NC-1', 'NC-10', 'NC-12']);
    expect(search('cf[10051] < 5')).toEqual(['NC-3', 'NC-4']);
    expect(search('cf[10051] <= 5')).toEqual(['NC-2', 'NC-3', 'NC-4']);
    expect(search('cf[10051] > 7.5')).toEqual(['NC-1', 'NC-10']);
    expect(search('cf[10051] = 5')).toEqual(['NC-2']);
    expect(search('cf[10051] = "5.0"')).toEqual(['NC-2']);
    expect(search('cf[10051] != 5')).toEqual(['NC-1', 'NC-3', 'NC-4', 'NC-10', 'NC-12']);
    expect(search('cf[10051] in (1, 3)')).toEqual(['NC-3', 'NC-4']);
    expect(search('cf[10051] is EMPTY')).toEqual(['NC-11', 'CA-1', 'CA-2', 'CA-10']);
    expect(search('cf[10051] > -1')).toEqual(['NC-1', 'NC-2', 'NC-3', 'NC-4', 'NC-10', 'NC-12']);
  });

  it('date, datetime and user fields', () => {
    expect(search('"Target date" <= "2026-06-30"')).toEqual(['NC-1', 'NC-3']);
    expect(search('"Target date" = "2026-06-30 23:00"')).toEqual(['NC-1']);
    expect(search('"Closed at" > "2026-06-15"')).toEqual(['NC-10']);
    expect(search('"Closed at" is not EMPTY')).toEqual(['NC-3', 'NC-10']);
    expect(search('Auditor = currentUser()')).toEqual(['NC-3']);
    expect(search(`Auditor = ${CAROL}`)).toEqual(['NC-1']);
  });

  it('object field: properties by path or searchAlias, typed by the schema', () => {
    expect(search('"Verification".result = effective')).toEqual(['NC-10']);
    expect(search('Verification.result in (effective, ineffective)')).toEqual(['NC-3', 'NC-10']);
    expect(search('cf[10052].result = ineffective')).toEqual(['NC-3']);
    expect(search('"Verification".result != effective')).toEqual(['NC-3']); // NC-4's object has no result
    expect(search('"Verification".result is EMPTY')).toEqual(except('NC-3', 'NC-10'));
    expect(search('"Verification".verifiedBy = currentUser()')).toEqual(['NC-3']);
    expect(search(`"Verification".verifier = ${CAROL}`)).toEqual(['NC-10']);
    expect(search('"Verification".verifiedAt >= "2026-06-29"')).toEqual(['NC-10']);
    expect(search('"Verification".verifiedAt < "2026-06-10"')).toEqual(['NC-3']);
    expect(search('"Verification".notes ~ evidence')).toEqual(['NC-10']);
    expect(search('"Verification" is EMPTY')).toEqual(except('NC-3', 'NC-4', 'NC-10'));
    expect(search('"Verification" is not EMPTY')).toEqual(['NC-3', 'NC-4', 'NC-10']);
  });

  it('array-string field: = means contains', () => {
    expect(search('Clauses = "A.5.15"')).toEqual(['NC-1']);
    expect(search('Clauses = "A.8.2"')).toEqual(['NC-1']);
    expect(search('cf[10053] in ("A.8.13", "A.8.15")')).toEqual(['NC-2', 'NC-12']);
    expect(search('Clauses != "A.5.19"')).toEqual(['NC-1', 'NC-2', 'NC-3', 'NC-12']);
    expect(search('Clauses not in ("A.5.19", "A.8.2")')).toEqual(['NC-2', 'NC-3', 'NC-12']);
    expect(search('Clauses is EMPTY')).toEqual(['NC-4', 'NC-11', 'CA-1', 'CA-2', 'CA-10']);
  });
});

describe('JQL: entity properties', () => {
  it('issue.property[key].path and its alias are the same field', () => {
    expect(search('issue.property[audit-finding].auditId = "A-7"')).toEqual(['NC-1', 'NC-2', 'CA-2']);
    expect(search('issue.property["audit-finding"].auditId = A-7')).toEqual(['NC-1', 'NC-2', 'CA-2']);
    expect(search('auditId = A-7')).toEqual(['NC-1', 'NC-2', 'CA-2']);
    expect(search('AUDITID in ("A-8", "A-9")')).toEqual(['NC-4', 'NC-10', 'NC-11', 'NC-12']);
    expect(search('auditId != "A-7"')).toEqual(['NC-3', 'NC-4', 'NC-10', 'NC-11', 'NC-12']);
    expect(search('auditId is EMPTY')).toEqual(['CA-1', 'CA-10']);
  });

  it("the alias's type decides the comparison: number, date, user, text", () => {
    expect(search('findingSeq > 3')).toEqual(['NC-4', 'NC-10', 'NC-11', 'NC-12']);
    expect(search('findingSeq > "3"')).toEqual(['NC-4', 'NC-10', 'NC-11', 'NC-12']); // 10 > 3 numerically
    expect(search('issue.property[audit-finding].seq <= 2')).toEqual(['NC-1', 'NC-2']);
    expect(search('findingSeq = 10')).toEqual(['NC-10']);
    expect(search('raisedOn >= "2026-05-03"')).toEqual(['NC-2', 'NC-10', 'NC-12']);
    expect(search('findingOwner = currentUser()')).toEqual(['NC-1']);
    expect(search('findingText ~ privileged')).toEqual(['NC-1']);
    expect(search('findingText ~ "reviews missing"')).toEqual(['NC-1']);
  });
});

describe('JQL: precedence and NOT', () => {
  it('AND binds tighter than OR; parentheses override', () => {
    expect(search('project = CA OR status = Open AND labels = iso27001')).toEqual([
      'NC-1',
      'NC-12',
      'CA-1',
      'CA-2',
      'CA-10',
    ]);
    expect(search('(project = CA OR status = Open) AND labels = iso27001')).toEqual(['NC-1', 'NC-12']);
    expect(search('labels = iso27001 AND status = Open OR project = CA')).toEqual(
      search('(labels = iso27001 AND status = Open) OR project = CA'),
    );
  });

  it('NOT binds tighter than AND', () => {
    expect(search('NOT project = NC AND status = Open')).toEqual(['CA-1']);
    expect(search('NOT (project = NC AND status = Open)')).toEqual([
      'NC-2',
      'NC-3',
      'NC-4',
      'NC-10',
      'CA-1',
      'CA-2',
      'CA-10',
    ]);
    expect(search('NOT NOT project = CA')).toEqual(['CA-1', 'CA-2', 'CA-10']);
    // De Morgan: project != NC AND labels != "access"; CA-2 has no labels, so its label clause is unknown.
    expect(search('not (project = NC or labels = "access")')).toEqual(['CA-10']);
  });

  it("NOT is Jira's: like !=, it does not match an issue whose field is EMPTY", () => {
    expect(search('NOT assignee = currentUser()')).toEqual(search('assignee != currentUser()'));
    expect(search('NOT assignee = currentUser()')).not.toContain('NC-10');
    expect(search('NOT assignee = currentUser() OR assignee is EMPTY')).toEqual(except('NC-1', 'NC-11', 'CA-1'));
    expect(search('NOT duedate < now()')).toEqual(except('NC-1', 'NC-3', 'CA-10', 'NC-11'));
    expect(search('NOT duedate is EMPTY')).toEqual(except('NC-11'));
    expect(search('NOT labels in (iso27001)')).toEqual(search('labels not in (iso27001)'));
    expect(search('NOT summary ~ backup')).toEqual(search('summary !~ backup'));
  });

  it('deep nesting', () => {
    expect(search('((((project = CA))))')).toEqual(['CA-1', 'CA-2', 'CA-10']);
    expect(search('(project = NC AND (status = Open OR (labels = incident AND NOT assignee is EMPTY)))')).toEqual([
      'NC-1',
      'NC-3',
      'NC-11',
      'NC-12',
    ]);
  });
});

describe('JQL: ORDER BY', () => {
  it('without ORDER BY: created DESC, ties by issue id DESC', () => {
    expect(ordered('')).toEqual(['NC-12', 'NC-4', 'NC-11', 'CA-10', 'NC-10', 'CA-2', 'NC-2', 'CA-1', 'NC-1', 'NC-3']);
  });

  it('key is numeric-aware within a project, projects by key', () => {
    expect(ordered('project = NC ORDER BY key')).toEqual(['NC-1', 'NC-2', 'NC-3', 'NC-4', 'NC-10', 'NC-11', 'NC-12']);
    expect(ordered('project = NC ORDER BY issuekey DESC')).toEqual([
      'NC-12',
      'NC-11',
      'NC-10',
      'NC-4',
      'NC-3',
      'NC-2',
      'NC-1',
    ]);
    expect(ordered('ORDER BY key')).toEqual([
      'CA-1',
      'CA-2',
      'CA-10',
      'NC-1',
      'NC-2',
      'NC-3',
      'NC-4',
      'NC-10',
      'NC-11',
      'NC-12',
    ]);
  });

  it('created defaults to DESC; ASC keeps ties in the given order (stable)', () => {
    // Explicit ORDER BY created leaves the tie (NC-1, CA-1) in the caller's order; the default breaks it by id.
    expect(ordered('ORDER BY created')).toEqual([
      'NC-12',
      'NC-4',
      'NC-11',
      'CA-10',
      'NC-10',
      'CA-2',
      'NC-2',
      'NC-1',
      'CA-1',
      'NC-3',
    ]);
    expect(ordered('ORDER BY created ASC')).toEqual([
      'NC-3',
      'NC-1',
      'CA-1',
      'NC-2',
      'CA-2',
      'NC-10',
      'CA-10',
      'NC-11',
      'NC-4',
      'NC-12',
    ]);
    const q = compileJql('ORDER BY created', schema, context());
    expect(q.compare(ISSUES[0]!, ISSUES[7]!)).toBe(0); // NC-1 and CA-1 were created together
  });

  it('duedate: EMPTY last in ASC, first in DESC', () => {
    const asc = ['NC-3', 'NC-1', 'CA-10', 'NC-10', 'NC-2', 'NC-4', 'CA-2', 'CA-1', 'NC-12', 'NC-11'];
    expect(ordered('ORDER BY duedate')).toEqual(asc);
    expect(ordered('ORDER BY due ASC')).toEqual(asc);
    expect(ordered('ORDER BY duedate DESC')).toEqual([...asc].reverse());
  });

  it('several fields: status (by category, then name), then key', () => {
    expect(ordered('ORDER BY status, key')).toEqual([
      'CA-1',
      'NC-1',
      'NC-11',
      'NC-12',
      'CA-2',
      'NC-2',
      'NC-4',
      'CA-10',
      'NC-3',
      'NC-10',
    ]);
    expect(ordered('ORDER BY statusCategory DESC, key ASC')).toEqual([
      'CA-10',
      'NC-3',
      'NC-10',
      'CA-2',
      'NC-2',
      'NC-4',
      'CA-1',
      'NC-1',
      'NC-11',
      'NC-12',
    ]);
  });

  it('summary (case-insensitive), updated, resolutiondate', () => {
    expect(ordered('project = CA ORDER BY summary')).toEqual(['CA-1', 'CA-2', 'CA-10']);
    expect(ordered('project = CA ORDER BY summary DESC')).toEqual(['CA-10', 'CA-2', 'CA-1']);
    expect(ordered('project = NC ORDER BY updated').slice(0, 3)).toEqual(['NC-2', 'NC-12', 'NC-10']);
    expect(ordered('resolutiondate is not EMPTY ORDER BY resolutiondate')).toEqual(['NC-10', 'CA-10', 'NC-3']);
  });

  it('custom fields and property aliases', () => {
    expect(ordered('ORDER BY "Risk score" DESC, key')).toEqual([
      'CA-1',
      'CA-2',
      'CA-10',
      'NC-11',
      'NC-10',
      'NC-1',
      'NC-12',
      'NC-2',
      'NC-3',
      'NC-4',
    ]);
    expect(ordered('project = NC ORDER BY cf[10050], key')).toEqual([
      'NC-1',
      'NC-10',
      'NC-12',
      'NC-2',
      'NC-3',
      'NC-4',
      'NC-11',
    ]);
    expect(ordered('ORDER BY findingSeq, key')).toEqual([
      'NC-1',
      'NC-2',
      'NC-3',
      'NC-4',
      'NC-10',
      'NC-11',
      'NC-12',
      'CA-1',
      'CA-2',
      'CA-10',
    ]);
    expect(ordered('"Verification" is not EMPTY ORDER BY "Verification".result, key')).toEqual([
      'NC-10',
      'NC-3',
      'NC-4',
    ]);
    expect(ordered('"Target date" is not EMPTY ORDER BY "Target date" DESC')).toEqual(['NC-1', 'NC-3']);
    expect(ordered('auditId is not EMPTY AND project = NC ORDER BY auditId DESC, key DESC')).toEqual([
      'NC-12',
      'NC-4',
      'NC-11',
      'NC-10',
      'NC-2',
      'NC-1',
      'NC-3',
    ]);
  });

  it('refuses fields it cannot sort by', () => {
    expect(errorOf('ORDER BY priority')).toBe("Field 'priority' is not supported by the local emulator.");
    expect(errorOf('ORDER BY labels')).toBe("Sorting by the field 'labels' is not supported by the local emulator.");
    expect(errorOf('ORDER BY assignee')).toBe(
      "Sorting by the field 'assignee' is not supported by the local emulator.",
    );
    expect(errorOf('ORDER BY nope')).toBe("Field 'nope' does not exist or you do not have permission to view it.");
  });
});

describe('JQL: errors are JqlError with Jira-like messages', () => {
  it('unknown fields', () => {
    const missing = (f: string) => `Field '${f}' does not exist or you do not have permission to view it.`;
    expect(errorOf('foo = bar')).toBe(missing('foo'));
    expect(errorOf('"Unknown field" = x')).toBe(missing('Unknown field'));
    expect(errorOf('cf[99999] = 1')).toBe(missing('cf[99999]'));
    expect(errorOf('issue.property[audit-finding].nope = 1')).toBe(missing('issue.property[audit-finding].nope'));
    expect(errorOf('issue.property[other].auditId = 1')).toBe(missing('issue.property[other].auditId'));
    expect(errorOf('"Verification".nope = x')).toBe(missing('Verification.nope'));
    expect(errorOf('"Finding grade".result = x')).toBe(missing('Finding grade.result'));
    expect(errorOf('status.name = Open')).toBe(missing('status.name'));
    expect(errorOf('project = NC AND labels = x OR bogus is EMPTY')).toBe(missing('bogus'));
  });

  it('Jira fields the emulator does not carry', () => {
    expect(errorOf('priority = High')).toBe("Field 'priority' is not supported by the local emulator.");
    expect(errorOf('text ~ "access"')).toBe("Field 'text' is not supported by the local emulator.");
    expect(errorOf('fixVersion = 1.0')).toBe("Field 'fixVersion' is not supported by the local emulator.");
  });

  it('syntax errors, with line and character', () => {
    expect(errorOf('(project = NC AND status = Open')).toBe(
      "Error in the JQL Query: Expecting ')' before the end of the query.",
    );
    expect(errorOf('(project = NC AND status = Open labels = x)')).toBe(
      "Error in the JQL Query: Expecting ')' but got 'labels'. (line 1, character 33)",
    );
    expect(errorOf('project in (NC, CA')).toBe(
      "Error in the JQL Query: Expecting either ',' or ')' before the end of the query.",
    );
    expect(errorOf('project NC')).toBe(
      "Error in the JQL Query: Expecting operator but got 'NC'. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 1, character 9)",
    );
    expect(errorOf('project')).toMatch(/^Error in the JQL Query: Expecting operator before the end of the query\./);
    expect(errorOf('project = NC status = Open')).toBe(
      "Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'status'. (line 1, character 14)",
    );
    expect(errorOf('project =')).toBe(
      'Error in the JQL Query: Expecting either a value, list or function before the end of the query.',
    );
    expect(errorOf('project = NC AND')).toBe(
      'Error in the JQL Query: Expecting a field name before the end of the query.',
    );
    expect(errorOf('project = )')).toBe(
      "Error in the JQL Query: Expecting either a value, list or function but got ')'. (line 1, character 11)",
    );
    expect(errorOf('project in ()')).toBe(
      "Error in the JQL Query: Expecting either a value or function but got ')'. (line 1, character 13)",
    );
    expect(errorOf('project = NC\nAND ) ')).toBe(
      "Error in the JQL Query: Expecting a field name but got ')'. (line 2, character 5)",
    );
    expect(errorOf('summary ~ "abc')).toBe(
      "Error in the JQL Query: The quoted string 'abc' has not been completed. (line 1, character 11)",
    );
    expect(errorOf('project = NC ORDER created')).toBe(
      "Error in the JQL Query: Expecting 'BY' but got 'created'. (line 1, character 20)",
    );
    expect(errorOf('ORDER BY created sideways')).toBe(
      "Error in the JQL Query: Expecting either 'ASC' or 'DESC' but got 'sideways'. (line 1, character 18)",
    );
    expect(errorOf('ORDER BY')).toBe('Error in the JQL Query: Expecting a field name before the end of the query.');
    expect(errorOf('status not Open')).toBe(
      "Error in the JQL Query: Expecting 'IN' but got 'Open'. (line 1, character 12)",
    );
    expect(errorOf('summary ~ "a\\qb"')).toBe(
      "Error in the JQL Query: The escape sequence '\\q' is illegal. (line 1, character 13)",
    );
  });

  it('reserved characters and words', () => {
    expect(errorOf('labels = 50%')).toBe(
      "Error in the JQL Query: The character '%' is a reserved JQL character. You must enclose it in a string or use the escape '\\u0025' instead. (line 1, character 12)",
    );
    expect(errorOf('duedate < startOfDay(+1)')).toMatch(/The character '\+' is a reserved JQL character/);
    expect(errorOf('Clauses = A.5.15')).toBe(
      "Error in the JQL Query: The character '.' is a reserved JQL character. You must enclose it in a string or use the escape '\\u002e' instead. (line 1, character 12)",
    );
    expect(search('cf[10051] = 5.0')).toEqual(['NC-2']); // a decimal point inside a number is fine
    expect(errorOf('labels = audit')).toBe(
      "Error in the JQL Query: 'audit' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 10)",
    );
    expect(search('labels = "audit"')).toEqual([]);
    expect(errorOf('labels = access')).toMatch(/^Error in the JQL Query: 'access' is a reserved JQL word/);
    expect(errorOf('labels in (iso27001, Select)')).toMatch(/'Select' is a reserved JQL word.*character 22\)$/);
    expect(errorOf('status = and')).toBe(
      "Error in the JQL Query: Expecting either a value, list or function but got 'and'. You must surround 'and' in quotation marks to use it as a value. (line 1, character 10)",
    );
  });

  it('operators a field does not support', () => {
    expect(errorOf('summary = x')).toBe("The operator '=' is not supported by the 'summary' field.");
    expect(errorOf('project ~ NC')).toBe("The operator '~' is not supported by the 'project' field.");
    expect(errorOf('labels > a')).toBe("The operator '>' is not supported by the 'labels' field.");
    expect(errorOf('"Finding grade" ~ major')).toBe("The operator '~' is not supported by the 'Finding grade' field.");
    expect(errorOf('findingText = x')).toBe("The operator '=' is not supported by the 'findingText' field.");
    expect(errorOf('"Verification" = x')).toBe("The operator '=' is not supported by the 'Verification' field.");
    expect(errorOf('status was Open')).toBe(
      "The operator 'was' is not supported by the local emulator for field 'status'.",
    );
    expect(errorOf('assignee changed')).toBe(
      "The operator 'changed' is not supported by the local emulator for field 'assignee'.",
    );
    expect(errorOf('key > NC-1')).toBe("The operator '>' is not supported by the local emulator for field 'key'.");
  });

  it('operands that do not fit the operator or the field', () => {
    expect(errorOf('summary in test')).toBe(
      `Operator 'in' does not support the non-list value '"test"' for field 'summary'.`,
    );
    expect(errorOf('status in Open')).toBe(
      `Operator 'in' does not support the non-list value '"Open"' for field 'status'.`,
    );
    expect(errorOf('status = (Open, Closed)')).toBe(
      "Operator '=' does not support the list value '(Open, Closed)' for field 'status'.",
    );
    expect(errorOf('project is EMPTY')).toBe("The field 'project' does not support searching for EMPTY values.");
    expect(errorOf('status = EMPTY')).toBe("The field 'status' does not support searching for EMPTY values.");
    expect(errorOf('created is EMPTY')).toBe("The field 'created' does not support searching for EMPTY values.");
    expect(errorOf('duedate is "2026-01-01"')).toBe(
      "The operator 'is' only supports the value EMPTY (or NULL) for the field 'duedate'.",
    );
    expect(errorOf('duedate < EMPTY')).toBe(
      "The operator '<' does not support searching for EMPTY values in the field 'duedate'.",
    );
    expect(errorOf('"Risk score" > high')).toBe("The value 'high' is not a valid number for the field 'Risk score'.");
    expect(errorOf('key = foo')).toBe("The issue key 'foo' for field 'key' is invalid.");
    expect(errorOf('statusCategory = Blocked')).toBe(
      "The value 'Blocked' does not exist for the field 'statusCategory'.",
    );
    expect(errorOf('summary ~ "acc?ss"')).toBe(
      "The text query 'acc?ss' for field 'summary' uses search syntax that the local emulator does not support.",
    );
    expect(errorOf('summary ~ "the"')).toBe("The text query 'the' for field 'summary' has no words to search for.");
  });

  it('functions', () => {
    expect(errorOf('duedate < tomorrow()')).toBe("Unable to find JQL function 'tomorrow()'.");
    expect(errorOf('assignee in membersOf(auditors)')).toBe(
      "The function 'membersOf' is not supported by the local emulator.",
    );
    expect(errorOf('created > startOfWeek()')).toBe(
      "The function 'startOfWeek' is not supported by the local emulator.",
    );
    expect(errorOf('status = currentUser()')).toBe(
      "The function 'currentUser' is not supported for the field 'status'.",
    );
    expect(errorOf('assignee = now()')).toBe("The function 'now' is not supported for the field 'assignee'.");
    expect(errorOf('duedate < now(1)')).toBe("Function 'now' expected '0' arguments but received '1'.");
    expect(errorOf('assignee = currentUser(x)')).toBe(
      "Function 'currentUser' expected '0' arguments but received '1'.",
    );
    expect(errorOf('duedate < startOfDay(1, 2)')).toBe(
      "Function 'startOfDay' expected between '0' and '1' arguments but received '2'.",
    );
    expect(errorOf('created > startOfDay("soon")')).toBe(
      "Duration for function 'startOfDay' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier.",
    );
  });

  it('bad dates', () => {
    const bad = (value: string, field: string) =>
      `Date value '${value}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`;
    expect(errorOf('duedate = "2026-02-30"')).toBe(bad('2026-02-30', 'duedate'));
    expect(errorOf('due < "24/11/2026"')).toBe(bad('24/11/2026', 'due'));
    expect(errorOf('created > yesterday')).toBe(bad('yesterday', 'created'));
    expect(errorOf('created > "2026-11-24 25:00"')).toBe(bad('2026-11-24 25:00', 'created'));
    expect(errorOf('created > "2026-11/24"')).toBe(bad('2026-11/24', 'created'));
    expect(errorOf('created > -5y')).toBe(bad('-5y', 'created'));
    expect(errorOf('raisedOn > "x"')).toBe(bad('x', 'raisedOn'));
  });

  it('an unknown time zone is a caller error, not a query error', () => {
    expect(() => compileJql('', schema, { currentAccountId: null, now: NOW, timeZone: 'Mars/Olympus' })).toThrow(
      RangeError,
    );
  });
});
