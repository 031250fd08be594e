import { suggestedJiraSettings } from '../../../../../src/domain/jira/jiraSettings';
import type { TrackedIssueRecord } from '../../../../../src/domain/jira/trackedIssue';
import type { FindingGrade, FindingRecord } from '../../../../../src/domain/audits/finding';
import { todayIn } from '../../../../../src/domain/calendar/timeZone';
import { findingRegister, type FindingRegisterSource } from '../../../../../src/domain/review/register/findingRegister';
import { findingStatus } from '../../../../../src/domain/review/register/findingStatus';

const weekdays = [1, 2, 3, 4, 5];

function finding(
  auditId: string,
  grade: FindingGrade,
  itemId: string,
  areaId: string,
  raisedOn: string,
): FindingRecord {
  return {
    auditId,
    source: { kind: 'internalAudit' },
    content: { grade, itemId, areaId, requirement: 'r', evidence: 'e', gap: 'g' },
    raisedOn,
    raisedBy: 'acct-lead',
    repeatOf: [],
  };
}

function tracked(change: Partial<TrackedIssueRecord>): TrackedIssueRecord {
  return {
    subject: 'finding',
    subjectId: 'x',
    auditId: null,
    state: 'raised',
    issue: { id: '10001', key: 'NC-1' },
    jobId: null,
    attempts: 1,
    lastError: null,
    jira: null,
    history: [],
    ...change,
  };
}

/** An action closed after an effective verification: the only way, with an exemption, a finding closes. */
const verifiedClosed = [{ state: 'closed' as const, closedAt: '2026-06-01T10:00:00.000Z' }];

const mirror = (status: string, statusCategory: 'new' | 'indeterminate' | 'done', dueDate: string | null = null) => ({
  status,
  statusCategory,
  dueDate,
  assigneeId: null,
  updated: '2026-03-01T00:00:00.000Z',
  deleted: false,
});

function source(change: Partial<FindingRegisterSource> = {}): FindingRegisterSource {
  return {
    findings: [],
    auditTitles: new Map([
      ['au1', 'IT operations audit'],
      ['au2', 'HR audit'],
    ]),
    areaNames: new Map([
      ['ar-it', 'IT operations'],
      ['ar-hr', 'Human resources'],
    ]),
    trackedByFinding: new Map(),
    actionsByFinding: new Map(),
    exemptions: new Map(),
    timeZone: 'UTC',
    duePolicy: suggestedJiraSettings,
    workingDays: weekdays,
    period: { from: '2026-01-01', to: '2026-12-31' },
    today: '2026-06-15',
    ...change,
  };
}

describe('a finding’s status in the register', () => {
  it('uses the app’s words while it has no Jira issue, and stays open', () => {
    expect(findingStatus(undefined)).toEqual({ status: 'Not raised', open: true, issueKey: null, jiraDueDate: null });
    expect(findingStatus(tracked({ state: 'queued', issue: null })).status).toBe('Raising');
    expect(findingStatus(tracked({ state: 'creating', issue: null })).status).toBe('Raising');
    expect(findingStatus(tracked({ state: 'failed', issue: null })).status).toBe('Raise failed');
    expect(findingStatus(tracked({ state: 'unlinked', issue: null })).status).toBe('Unlinked from Jira');
  });

  it('shows Jira’s mirrored status, open until its category is done', () => {
    expect(findingStatus(tracked({ jira: mirror('Action planned', 'indeterminate', '2026-07-01') }))).toEqual({
      status: 'Action planned',
      open: true,
      issueKey: 'NC-1',
      jiraDueDate: '2026-07-01',
    });
    expect(findingStatus(tracked({ jira: mirror('Closed', 'done') }))).toMatchObject({ status: 'Closed', open: false });
  });

  it('says "Raised" before the first mirror, and keeps a finding whose issue was deleted open', () => {
    expect(findingStatus(tracked({ jira: null }))).toMatchObject({ status: 'Raised', open: true, issueKey: 'NC-1' });
    const deleted = { ...mirror('Closed', 'done' as const), deleted: true };
    expect(findingStatus(tracked({ jira: deleted }))).toMatchObject({ status: 'Deleted in Jira', open: true });
  });
});

describe('the finding register', () => {
  it('dates a finding by Jira’s due date, else by its grade’s implementation policy', () => {
    const findings = [
      // Monday 2 March: 30 business days → Monday 13 April.
      { id: 'f1', record: finding('au1', 'majorNC', 'A.8.13', 'ar-it', '2026-03-02') },
      { id: 'f2', record: finding('au1', 'majorNC', 'A.8.15', 'ar-it', '2026-03-02') },
      // Observations carry no policy date.
      { id: 'f3', record: finding('au1', 'observation', 'A.8.15', 'ar-it', '2026-03-02') },
    ];
    const trackedByFinding = new Map([['f2', tracked({ jira: mirror('Open', 'new', '2026-09-30') })]]);
    const { rows } = findingRegister(source({ findings, trackedByFinding }));
    const due = Object.fromEntries(rows.map((row) => [row.findingId, row.dueDate]));
    expect(due).toEqual({ f1: '2026-04-13', f2: '2026-09-30', f3: null });
    // Without saved Jira settings there is no policy date.
    expect(findingRegister(source({ findings, duePolicy: null })).rows.map((r) => r.dueDate)).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('is overdue only while open and due before today, counting whole days', () => {
    const findings = [
      { id: 'due-yesterday', record: finding('au1', 'minorNC', 'A.8.13', 'ar-it', '2026-01-05') },
      { id: 'due-today', record: finding('au1', 'minorNC', 'A.8.13', 'ar-it', '2026-01-05') },
      { id: 'closed-late', record: finding('au1', 'minorNC', 'A.8.13', 'ar-it', '2026-01-05') },
    ];
    const trackedByFinding = new Map([
      ['due-yesterday', tracked({ jira: mirror('Action planned', 'indeterminate', '2026-06-14') })],
      ['due-today', tracked({ jira: mirror('Action planned', 'indeterminate', '2026-06-15') })],
      ['closed-late', tracked({ jira: mirror('Closed', 'done', '2026-06-01') })],
    ]);
    const actionsByFinding = new Map([['closed-late', verifiedClosed]]);
    const rows = findingRegister(source({ findings, trackedByFinding, actionsByFinding })).rows;
    const byId = new Map(rows.map((row) => [row.findingId, row]));
    expect(byId.get('due-yesterday')).toMatchObject({ overdue: true, daysOverdue: 1 });
    expect(byId.get('due-today')).toMatchObject({ overdue: false, daysOverdue: 0 });
    expect(byId.get('closed-late')).toMatchObject({ overdue: false, open: false, status: 'Closed' });
  });

  it('[ISO10.2] keeps a finding closed in Jira without its CAPA open (and overdue), Jira’s words beside it', () => {
    const findings = [
      { id: 'jira-only', record: finding('au1', 'minorNC', 'A.8.13', 'ar-it', '2026-01-05') },
      { id: 'exempted', record: finding('au1', 'observation', 'A.8.13', 'ar-it', '2026-01-05') },
    ];
    const trackedByFinding = new Map([['jira-only', tracked({ jira: mirror('Closed', 'done', '2026-06-01') })]]);
    const exemptions = new Map([
      [
        'exempted',
        {
          findingId: 'exempted',
          reason: 'No action needed',
          grade: 'observation' as const,
          by: 'pm',
          at: '2026-02-01T09:00:00Z',
        },
      ],
    ]);
    const rows = findingRegister(source({ findings, trackedByFinding, exemptions })).rows;
    const byId = new Map(rows.map((row) => [row.findingId, row]));
    expect(byId.get('jira-only')).toMatchObject({ status: 'Closed', open: true, overdue: true, daysOverdue: 14 });
    expect(byId.get('exempted')).toMatchObject({ status: 'Not raised', open: false, overdue: false });
  });

  it('decides "overdue" on the programme’s today: 23:30 UTC is already tomorrow in Auckland', () => {
    const now = new Date('2026-06-15T23:30:00.000Z');
    const findings = [{ id: 'f1', record: finding('au1', 'majorNC', 'A.8.13', 'ar-it', '2026-03-02') }];
    const trackedByFinding = new Map([['f1', tracked({ jira: mirror('Open', 'new', '2026-06-15') })]]);
    const inZone = (zone: string) =>
      findingRegister(source({ findings, trackedByFinding, today: todayIn(zone, now) })).rows[0]!;
    expect(inZone('UTC')).toMatchObject({ overdue: false });
    expect(inZone('Pacific/Auckland')).toMatchObject({ overdue: true, daysOverdue: 1 });
  });

  it('takes the findings raised in the period, both ends included', () => {
    const findings = ['2025-12-31', '2026-01-01', '2026-12-31', '2027-01-01'].map((day) => ({
      id: `f-${day}`,
      record: finding('au1', 'opportunity', 'A.5.1', 'ar-it', day),
    }));
    const { rows, total } = findingRegister(source({ findings }));
    expect(rows.map((row) => row.raisedOn)).toEqual(['2026-01-01', '2026-12-31']);
    expect(total).toBe(2);
  });

  it('names audits, areas and items, links the issue, and falls back to ids for removed records', () => {
    const findings = [
      { id: 'f1', record: finding('au1', 'minorNC', 'A.8.13', 'ar-it', '2026-05-01') },
      { id: 'f2', record: finding('au-gone', 'minorNC', '9.2.2', 'ar-gone', '2026-05-02') },
    ];
    const trackedByFinding = new Map([
      ['f1', tracked({ issue: { id: '1', key: 'NC-7' }, jira: mirror('Open', 'new') })],
    ]);
    const [first, second] = findingRegister(source({ findings, trackedByFinding })).rows;
    expect(first).toMatchObject({
      auditTitle: 'IT operations audit',
      areaName: 'IT operations',
      itemTitle: 'Information backup',
      issueKey: 'NC-7',
      issueUrl: '/browse/NC-7',
      status: 'Open',
    });
    expect(second).toMatchObject({ auditTitle: 'au-gone', areaName: 'ar-gone', issueUrl: null, status: 'Not raised' });
  });

  const mixed = () => {
    const findings = [
      { id: 'obs', record: finding('au1', 'observation', 'A.8.15', 'ar-it', '2026-02-01') },
      { id: 'minor-old', record: finding('au1', 'minorNC', '9.2.1', 'ar-it', '2026-02-01') },
      { id: 'minor-new', record: finding('au2', 'minorNC', '9.2.2', 'ar-hr', '2026-05-01') },
      { id: 'major', record: finding('au2', 'majorNC', 'A.6.3', 'ar-hr', '2026-05-10') },
      { id: 'late-ofi', record: finding('au2', 'opportunity', 'A.6.3', 'ar-hr', '2026-05-20') },
      { id: 'closed', record: finding('au1', 'majorNC', 'A.8.13', 'ar-it', '2026-01-10') },
    ];
    const trackedByFinding = new Map([
      ['late-ofi', tracked({ jira: mirror('Open', 'new', '2026-06-01') })],
      ['closed', tracked({ jira: mirror('Closed', 'done', '2026-02-01') })],
      ['major', tracked({ jira: mirror('Action planned', 'indeterminate', '2026-12-01') })],
    ]);
    return source({
      findings,
      trackedByFinding,
      actionsByFinding: new Map([['closed', verifiedClosed]]),
      duePolicy: null,
    });
  };

  it('lists the overdue first, then by grade, then the oldest', () => {
    const ids = findingRegister(mixed()).rows.map((row) => row.findingId);
    expect(ids).toEqual(['late-ofi', 'closed', 'major', 'minor-old', 'minor-new', 'obs']);
  });

  it('filters by audit, area, grade, clause (a parent takes its sub-clauses), status and overdue', () => {
    const ids = (filters: Parameters<typeof findingRegister>[1]) =>
      findingRegister(mixed(), filters).rows.map((row) => row.findingId);
    expect(ids({ auditId: 'au2' })).toEqual(['late-ofi', 'major', 'minor-new']);
    expect(ids({ areaId: 'ar-it', grade: 'minorNC' })).toEqual(['minor-old']);
    expect(ids({ itemId: '9.2' })).toEqual(['minor-old', 'minor-new']);
    expect(ids({ itemId: '9.2.2' })).toEqual(['minor-new']);
    expect(ids({ itemId: 'A.6.3', status: 'open' })).toEqual(['late-ofi', 'major']);
    expect(ids({ status: 'closed' })).toEqual(['closed']);
    expect(ids({ overdueOnly: true })).toEqual(['late-ofi']);
    expect(ids({ status: 'all', overdueOnly: false })).toHaveLength(6);
  });

  it('cuts the rows at the limit but counts every match', () => {
    const result = findingRegister(mixed(), { status: 'open' }, 2);
    expect(result.rows.map((row) => row.findingId)).toEqual(['late-ofi', 'major']);
    expect(result.total).toBe(5);
  });
});
