import type { CaVerificationRecord } from '../../../../src/domain/actions/caVerification';
import type { CorrectiveActionRecord } from '../../../../src/domain/actions/correctiveAction';
import type { DueDateExtensionRecord } from '../../../../src/domain/actions/dueDateExtension';
import type { FindingGrade, FindingRecord } from '../../../../src/domain/audits/finding';
import { suggestedJiraSettings } from '../../../../src/domain/jira/jiraSettings';
import {
  capaEffectivenessReport,
  onTimeOf,
  type CapaActionFacts,
  type CapaReportFacts,
} from '../../../../src/domain/review/capa/capaEffectivenessReport';
import { capaQueries, selectCapaRows } from '../../../../src/domain/review/capa/capaQueries';
import { effectivenessChallenges } from '../../../../src/domain/review/capa/effectivenessChallenge';
import { findingSourceOf } from '../../../../src/domain/review/capa/findingSource';

const timeZone = 'UTC';
const today = '2026-06-30';

// Findings are built loosely: stored findings from before sources existed have no `source`.
function finding(
  id: string,
  grade: FindingGrade,
  raisedOn: string,
  extra: Record<string, unknown> = {},
): { id: string; record: FindingRecord; issue: CapaReportFacts['findings'][number]['issue'] } {
  const record = {
    auditId: 'au1',
    content: { grade, itemId: 'A.8.13', areaId: 'ar-it', requirement: 'r', evidence: 'e', gap: 'g' },
    raisedOn,
    raisedBy: 'acct-lead',
    repeatOf: [],
    ...extra,
  } as unknown as FindingRecord;
  return { id, record, issue: null };
}

const by = (at: string) => ({ by: 'acct-owner', at });
const plan = (dueDate: string) => ({
  text: 'Automate restore tests',
  ownerId: 'acct-owner',
  dueDate,
  ...by('2026-03-10T09:00:00.000Z'),
});

function action(id: string, change: Partial<CorrectiveActionRecord>): CorrectiveActionRecord {
  return {
    findingIds: ['f1'],
    auditIds: ['au1'],
    title: `Action ${id}`,
    planApprovalId: null,
    state: 'rootCause',
    correction: { text: 'Ran a restore test', ...by('2026-03-03T09:00:00.000Z') },
    rootCause: null,
    extent: null,
    plan: null,
    implementation: null,
    verificationIds: [],
    notEffectiveCount: 0,
    overdueNotifiedOn: null,
    openedBy: 'acct-owner',
    openedAt: '2026-03-03T09:00:00.000Z',
    closedAt: null,
    ...change,
  } as CorrectiveActionRecord;
}

const verification = (round: number, result: 'effective' | 'notEffective', verifiedAt: string) =>
  ({
    correctiveActionId: 'ca',
    round,
    result,
    note: 'Checked the restore logs',
    verifierId: 'acct-verifier',
    implementerId: 'acct-owner',
    assigneeId: null,
    planOwnerId: 'acct-owner',
    verifiedAt,
    verifiedAction: null,
  }) as CaVerificationRecord;

const extension = (fromDate: string, toDate: string, decidedAt: string): DueDateExtensionRecord => ({
  correctiveActionId: 'ca',
  fromDate,
  toDate,
  justification: 'The restore hardware arrives late',
  requestedBy: 'acct-owner',
  requestedAt: '2026-03-20T09:00:00.000Z',
  decision: { result: 'approved', by: 'acct-manager', at: decidedAt, note: '' },
});

/** An action closed effective: implemented on `implementedOn`, closed on `closedOn`. */
function closedAction(
  id: string,
  terms: { dueDate: string; implementedOn: string; closedOn: string; checkDueOn: string; findingIds?: string[] },
): CapaActionFacts {
  return {
    id,
    record: action(id, {
      findingIds: terms.findingIds ?? ['f1'],
      state: 'closed',
      plan: plan(terms.dueDate),
      implementation: {
        text: 'Done',
        evidence: [{ label: 'Change', url: 'https://x.example/1' }],
        ...by(`${terms.implementedOn}T10:00:00.000Z`),
      } as CorrectiveActionRecord['implementation'],
      closedAt: `${terms.closedOn}T15:00:00.000Z`,
    }),
    dates: {
      policyDate: '2026-04-30',
      controlledDueDate: terms.dueDate,
      check: { opensOn: terms.implementedOn, dueOn: terms.checkDueOn },
    },
    extensions: [],
    verifications: [verification(1, 'effective', `${terms.closedOn}T15:00:00.000Z`)],
  };
}

function facts(change: Partial<CapaReportFacts>): CapaReportFacts {
  return {
    findings: [],
    actions: [],
    exemptions: [],
    policy: { settings: suggestedJiraSettings, workingDays: [1, 2, 3, 4, 5], timeZone },
    names: new Map([
      ['acct-verifier', 'Sofia Lindqvist'],
      ['acct-manager', 'Aoife Brennan'],
    ]),
    today,
    ...change,
  };
}

describe('the CAPA effectiveness report, row by row', () => {
  it('[ISO10.2f] lists every NC, and an observation or OFI only with an action or an exemption', () => {
    const rows = capaEffectivenessReport(
      facts({
        findings: [
          finding('f1', 'majorNC', '2026-03-02'),
          finding('f2', 'observation', '2026-03-03'),
          finding('f3', 'opportunity', '2026-03-04'),
          finding('f4', 'opportunity', '2026-03-05'),
        ],
        actions: [
          closedAction('ca-4', {
            dueDate: '2026-04-10',
            implementedOn: '2026-04-01',
            closedOn: '2026-04-02',
            checkDueOn: '2026-05-01',
            findingIds: ['f4'],
          }),
        ],
        exemptions: [
          {
            record: {
              findingId: 'f3',
              reason: 'Nothing to correct',
              grade: 'opportunity',
              by: 'acct-manager',
              at: '2026-03-06T10:00:00.000Z',
            },
            signed: true,
          },
        ],
      }),
    );
    expect(rows.map((r) => [r.findingId, r.correctiveActionId])).toEqual([
      ['f1', null],
      ['f3', null],
      ['f4', 'ca-4'],
    ]);
    expect(rows[1]).toMatchObject({
      closure: { closed: true, closedOn: '2026-03-06', how: 'exemption' },
      exemption: { byName: 'Aoife Brennan', reason: 'Nothing to correct', on: '2026-03-06', signed: true },
    });
    expect(rows[0]).toMatchObject({ closure: { closed: false }, planDueByPolicy: expect.any(String), onTime: null });
  });

  it('[ISO10.2f] reads the source defensively: a finding stored before sources is from an internal audit', () => {
    expect(findingSourceOf({})).toBe('internalAudit');
    expect(findingSourceOf({ source: { kind: 'regulatoryInspection', authority: 'FDA' } })).toBe(
      'regulatoryInspection',
    );
    expect(findingSourceOf({ source: 'incident' })).toBe('incident');
    expect(findingSourceOf({ source: 42 })).toBe('internalAudit');
    const [row] = capaEffectivenessReport(
      facts({ findings: [finding('f1', 'minorNC', '2026-03-02', { source: { kind: 'certificationAudit' } })] }),
    );
    expect(row!.source).toBe('certificationAudit');
  });

  it('[ISO10.2f] gives the dates raised, planned, extended, implemented, verified and closed, with the verifier', () => {
    const closed = closedAction('ca-1', {
      dueDate: '2026-04-20',
      implementedOn: '2026-04-18',
      closedOn: '2026-05-20',
      checkDueOn: '2026-05-25',
    });
    closed.record = { ...closed.record, plan: plan('2026-04-10') };
    closed.extensions = [
      { record: extension('2026-04-10', '2026-04-20', '2026-03-21T09:00:00.000Z'), signed: true },
      // Refused or unsigned approvals move nothing and are not listed.
      {
        record: { ...extension('2026-04-20', '2026-06-20', '2026-03-22T09:00:00.000Z'), decision: null },
        signed: false,
      },
      { record: extension('2026-04-20', '2026-07-20', '2026-03-23T09:00:00.000Z'), signed: false },
    ];
    const [row] = capaEffectivenessReport(
      facts({ findings: [finding('f1', 'majorNC', '2026-03-02')], actions: [closed] }),
    );
    expect(row).toMatchObject({
      raisedOn: '2026-03-02',
      plannedDate: '2026-04-10',
      extendedTo: '2026-04-20',
      dueDate: '2026-04-20',
      extensions: [
        {
          fromDate: '2026-04-10',
          toDate: '2026-04-20',
          reason: 'The restore hardware arrives late',
          approverName: 'Aoife Brennan',
          approvedOn: '2026-03-21',
        },
      ],
      implementedOn: '2026-04-18',
      checkDueOn: '2026-05-25',
      verifiedOn: '2026-05-20',
      verifierName: 'Sofia Lindqvist',
      actionClosedOn: '2026-05-20',
      closure: { closed: true, closedOn: '2026-05-20', how: 'actions' },
      onTime: true,
      effectiveAtFirstCheck: true,
    });
  });

  it('[ISO10.2d] is effective at the first check only when the first verification said so', () => {
    const closed = closedAction('ca-1', {
      dueDate: '2026-04-20',
      implementedOn: '2026-04-18',
      closedOn: '2026-05-20',
      checkDueOn: '2026-05-25',
    });
    closed.verifications = [
      { ...verification(1, 'notEffective', '2026-05-01T10:00:00.000Z'), verifierId: 'acct-other' },
      verification(2, 'effective', '2026-05-20T15:00:00.000Z'),
    ];
    const [row] = capaEffectivenessReport(
      facts({ findings: [finding('f1', 'majorNC', '2026-03-02')], actions: [closed] }),
    );
    expect(row).toMatchObject({
      effectiveAtFirstCheck: false,
      verifierName: 'Sofia Lindqvist',
      verifiedOn: '2026-05-20',
    });
  });

  it('[ISO10.2c] is on time only when implemented by the controlled due date and closed by the check date', () => {
    const terms = { implementedOn: '2026-04-10', dueDate: '2026-04-10', checkDueOn: '2026-05-10', today };
    expect(onTimeOf({ ...terms, closedOn: '2026-05-10' })).toBe(true);
    expect(onTimeOf({ ...terms, closedOn: '2026-05-11' })).toBe(false);
    expect(onTimeOf({ ...terms, implementedOn: '2026-04-11', closedOn: '2026-05-01' })).toBe(false);
    // Still open: late once a date passed without its step, undecided before.
    expect(onTimeOf({ ...terms, implementedOn: null, closedOn: null, today: '2026-04-10' })).toBeNull();
    expect(onTimeOf({ ...terms, implementedOn: null, closedOn: null, today: '2026-04-11' })).toBe(false);
    expect(onTimeOf({ ...terms, closedOn: null, today: '2026-05-10' })).toBeNull();
    expect(onTimeOf({ ...terms, closedOn: null, today: '2026-05-11' })).toBe(false);
    // Without a check window (no waiting period recorded), closing is due by the controlled date.
    expect(onTimeOf({ ...terms, checkDueOn: null, closedOn: '2026-04-11' })).toBe(false);
    expect(onTimeOf({ ...terms, dueDate: null, closedOn: null })).toBeNull();
  });
});

describe('the saved queries over the report', () => {
  const nc = (id: string, raisedOn = '2026-03-02') => finding(id, 'majorNC', raisedOn);

  it('[ISO10.2f] NCs closed without CAPA: an exemption whose signature is gone, or done in Jira while open', () => {
    const jiraDone = { ...nc('f-jira'), issue: { key: 'NC-7', statusCategory: 'done' as const } };
    const closedRight = { ...nc('f-right'), issue: { key: 'NC-8', statusCategory: 'done' as const } };
    const exemption = (findingId: string, signed: boolean) => ({
      record: {
        findingId,
        reason: 'No action needed here',
        grade: 'observation' as const,
        by: 'acct-manager',
        at: '2026-03-06T10:00:00.000Z',
      },
      signed,
    });
    const rows = capaEffectivenessReport(
      facts({
        findings: [
          jiraDone,
          closedRight,
          finding('f-unsigned', 'observation', '2026-03-03'),
          finding('f-signed', 'observation', '2026-03-03'),
        ],
        actions: [
          closedAction('ca-right', {
            dueDate: '2026-04-10',
            implementedOn: '2026-04-01',
            closedOn: '2026-04-02',
            checkDueOn: '2026-05-01',
            findingIds: ['f-right'],
          }),
        ],
        exemptions: [exemption('f-unsigned', false), exemption('f-signed', true)],
      }),
    );
    expect(selectCapaRows(rows, { query: 'closedWithoutCapa' }).map((r) => r.findingId)).toEqual([
      'f-jira',
      'f-unsigned',
    ]);
  });

  it('[ISO10.2c] CAs closed late, and extensions granted', () => {
    const late = closedAction('ca-late', {
      dueDate: '2026-04-10',
      implementedOn: '2026-04-12',
      closedOn: '2026-04-13',
      checkDueOn: '2026-05-12',
    });
    const extended = closedAction('ca-ext', {
      dueDate: '2026-04-20',
      implementedOn: '2026-04-18',
      closedOn: '2026-04-19',
      checkDueOn: '2026-05-18',
      findingIds: ['f2'],
    });
    extended.extensions = [{ record: extension('2026-04-10', '2026-04-20', '2026-04-01T09:00:00.000Z'), signed: true }];
    const open = {
      ...closedAction('ca-open', {
        dueDate: '2026-04-10',
        implementedOn: '2026-04-12',
        closedOn: '2026-04-13',
        checkDueOn: '2026-05-12',
        findingIds: ['f3'],
      }),
    };
    open.record = { ...open.record, state: 'verification', closedAt: null };
    open.verifications = [];
    const rows = capaEffectivenessReport(
      facts({ findings: [nc('f1'), nc('f2'), nc('f3')], actions: [late, extended, open] }),
    );
    // The open one is late too, but not closed: it is not a CA closed late.
    expect(rows.find((r) => r.correctiveActionId === 'ca-open')!.onTime).toBe(false);
    expect(selectCapaRows(rows, { query: 'closedLate' }).map((r) => r.correctiveActionId)).toEqual(['ca-late']);
    expect(selectCapaRows(rows, { query: 'extensionsGranted' }).map((r) => r.correctiveActionId)).toEqual(['ca-ext']);
  });

  it('[ISO10.2d] effectiveness checks overdue: implemented, unverified, past the check date', () => {
    const waiting = closedAction('ca-wait', {
      dueDate: '2026-04-10',
      implementedOn: '2026-04-10',
      closedOn: '2026-04-10',
      checkDueOn: '2026-06-29',
    });
    waiting.record = { ...waiting.record, state: 'verification', closedAt: null };
    waiting.verifications = [];
    const due = {
      ...waiting,
      id: 'ca-due',
      dates: { ...waiting.dates, check: { opensOn: '2026-04-10', dueOn: today } },
      record: { ...waiting.record, findingIds: ['f2'] },
    };
    const rows = capaEffectivenessReport(facts({ findings: [nc('f1'), nc('f2')], actions: [waiting, due] }));
    expect(selectCapaRows(rows, { query: 'checksOverdue' }).map((r) => [r.correctiveActionId, r.checkOverdue])).toEqual(
      [['ca-wait', { dueDate: '2026-06-29', daysOverdue: 1 }]],
    );
  });

  it('[ISO10.2d] effectiveness challenged: a repeat raised on or after the day the action closed effective', () => {
    const closed = closedAction('ca-1', {
      dueDate: '2026-04-10',
      implementedOn: '2026-04-01',
      closedOn: '2026-04-02',
      checkDueOn: '2026-05-01',
    });
    const rows = capaEffectivenessReport(
      facts({
        findings: [
          nc('f1', '2026-03-02'),
          // Raised before the closing: the action was still being worked, its check was to come.
          finding('f-before', 'minorNC', '2026-04-01', { repeatOf: ['f1'] }),
          finding('f-same-day', 'observation', '2026-04-02', { repeatOf: ['f1'] }),
          finding('f-after', 'minorNC', '2026-05-15', { repeatOf: ['f1', 'f-before'] }),
          finding('f-elsewhere', 'minorNC', '2026-05-15', { repeatOf: ['f-other'] }),
        ],
        actions: [closed],
      }),
    );
    const answer = selectCapaRows(rows, { query: 'effectivenessChallenged' });
    expect(answer.map((r) => [r.findingId, r.challengedBy])).toEqual([
      [
        'f1',
        [
          { findingId: 'f-same-day', raisedOn: '2026-04-02' },
          { findingId: 'f-after', raisedOn: '2026-05-15' },
        ],
      ],
    ]);
  });

  it('[ISO10.2d] an action not closed is never challenged', () => {
    expect(
      effectivenessChallenges({
        action: { findingIds: ['f1'], state: 'verification', closedAt: null },
        findings: [{ id: 'f2', raisedOn: '2026-05-01', repeatOf: ['f1'] }],
        timeZone,
      }),
    ).toEqual([]);
  });

  it('[ISO10.2f] filters by source, and every query has a title', () => {
    const rows = capaEffectivenessReport(
      facts({ findings: [nc('f1'), finding('f2', 'minorNC', '2026-03-02', { source: { kind: 'incident' } })] }),
    );
    expect(selectCapaRows(rows, { source: 'incident' }).map((r) => r.findingId)).toEqual(['f2']);
    expect(selectCapaRows(rows, {}).length).toBe(2);
    expect(Object.values(capaQueries).map((q) => q.title)).toEqual([
      'NCs closed without CAPA',
      'CAs closed late',
      'Extensions granted',
      'Effectiveness checks overdue',
      'Effectiveness challenged',
    ]);
  });
});
