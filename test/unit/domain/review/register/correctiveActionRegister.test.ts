import type { CaVerificationRecord } from '../../../../../src/domain/actions/caVerification';
import type { CorrectiveActionRecord } from '../../../../../src/domain/actions/correctiveAction';
import { suggestedJiraSettings } from '../../../../../src/domain/jira/jiraSettings';
import type { TrackedIssueRecord } from '../../../../../src/domain/jira/trackedIssue';
import type { FindingGrade, FindingRecord } from '../../../../../src/domain/audits/finding';
import {
  correctiveActionRegister,
  type CorrectiveActionRegisterSource,
} from '../../../../../src/domain/review/register/correctiveActionRegister';

const finding = (grade: FindingGrade, raisedOn: string): FindingRecord => ({
  auditId: 'au1',
  source: { kind: 'internalAudit' },
  content: { grade, itemId: 'A.8.13', areaId: 'ar-it', requirement: 'r', evidence: 'e', gap: 'g' },
  raisedOn,
  raisedBy: 'acct-lead',
  repeatOf: [],
});

const by = { by: 'acct-owner', at: '2026-03-05T10:00:00.000Z' };

function action(change: Partial<CorrectiveActionRecord>): CorrectiveActionRecord {
  return {
    findingIds: ['f-major'],
    auditIds: ['au1'],
    title: 'Restore backup testing',
    planApprovalId: null,
    state: 'rootCause',
    correction: { text: 'Ran a restore test', ...by },
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
  };
}

const verification = (round: number, result: 'effective' | 'notEffective'): CaVerificationRecord => ({
  correctiveActionId: 'ca-verified',
  round,
  result,
  note: 'Checked the restore logs',
  verifierId: 'acct-verifier',
  implementerId: 'acct-owner',
  assigneeId: null,
  planOwnerId: null,
  verifiedAt: '2026-05-01T10:00:00.000Z',
  verifiedAction: null,
});

function source(change: Partial<CorrectiveActionRegisterSource>): CorrectiveActionRegisterSource {
  return {
    actions: [],
    verifications: new Map([
      ['ca-verified:v1', verification(1, 'notEffective')],
      ['ca-verified:v2', verification(2, 'effective')],
    ]),
    findings: new Map([
      // Monday 2 March: the major's plan is due 10 business days later, on 16 March.
      ['f-major', finding('majorNC', '2026-03-02')],
      ['f-minor', finding('minorNC', '2026-03-02')],
    ]),
    trackedByAction: new Map(),
    extensions: [],
    duePolicy: suggestedJiraSettings,
    workingDays: [1, 2, 3, 4, 5],
    timeZone: 'Europe/Dublin',
    period: { from: '2026-01-01', to: '2026-12-31' },
    today: '2026-06-15',
    ...change,
  };
}

describe('the corrective-action register', () => {
  it('holds the actions active during the period: opened by its end and not closed before its start', () => {
    const actions = [
      { id: 'ca-last-cycle-open', record: action({ openedAt: '2025-11-01T09:00:00.000Z' }) },
      {
        id: 'ca-last-cycle-closed',
        record: action({ state: 'closed', openedAt: '2025-10-01T09:00:00.000Z', closedAt: '2025-12-20T09:00:00.000Z' }),
      },
      // Opened after the period (Dublin is on UTC in winter: 1 January 2027).
      { id: 'ca-next-cycle', record: action({ openedAt: '2027-01-01T00:30:00.000Z' }) },
      { id: 'ca-this-cycle', record: action({ openedAt: '2026-03-03T09:00:00.000Z' }) },
    ];
    const rows = correctiveActionRegister(source({ actions }));
    expect(rows.map((row) => row.correctiveActionId)).toEqual(['ca-last-cycle-open', 'ca-this-cycle']);
  });

  it('dates the opening in the programme’s time zone', () => {
    const actions = [{ id: 'ca', record: action({ openedAt: '2026-12-31T23:30:00.000Z' }) }];
    expect(correctiveActionRegister(source({ actions }))[0]?.openedOn).toBe('2026-12-31');
    // In Auckland that instant is already 2027: outside the 2026 period.
    expect(correctiveActionRegister(source({ actions, timeZone: 'Pacific/Auckland' }))).toEqual([]);
  });

  it('grades an action by its worst finding and dates the plan by policy until a plan exists', () => {
    const actions = [{ id: 'ca', record: action({ findingIds: ['f-minor', 'f-major', 'f-gone'] }) }];
    const [row] = correctiveActionRegister(source({ actions }));
    expect(row).toMatchObject({
      grade: 'majorNC',
      dueDate: '2026-03-16',
      dueFor: 'plan',
      overdue: true,
      daysOverdue: 91,
      planOwnerId: null,
    });
  });

  it('once planned, is due on the plan’s date and late only while waiting for implementation', () => {
    const plan = { text: 'Monthly restore tests', ownerId: 'acct-owner', dueDate: '2026-06-01', ...by };
    const rows = correctiveActionRegister(
      source({
        actions: [
          { id: 'ca-impl', record: action({ state: 'implementation', plan }) },
          { id: 'ca-verif', record: action({ state: 'verification', plan }) },
        ],
      }),
    );
    expect(rows[0]).toMatchObject({ dueDate: '2026-06-01', dueFor: 'implementation', overdue: true, daysOverdue: 14 });
    expect(rows[0]?.planOwnerId).toBe('acct-owner');
    expect(rows[1]).toMatchObject({ overdue: false, daysOverdue: 0 });
  });

  it('counts verifications, the not-effective ones and the first result, and shows the Jira issue', () => {
    const tracked: TrackedIssueRecord = {
      subject: 'correctiveAction',
      subjectId: 'ca-verified',
      auditId: 'au1',
      state: 'raised',
      issue: { id: '2', key: 'CA-3' },
      jobId: null,
      attempts: 1,
      lastError: null,
      jira: {
        status: 'Closed',
        statusCategory: 'done',
        dueDate: null,
        assigneeId: null,
        updated: '2026-05-01T10:00:00.000Z',
        deleted: false,
      },
      history: [],
    };
    const rows = correctiveActionRegister(
      source({
        actions: [
          {
            id: 'ca-verified',
            record: action({
              state: 'closed',
              verificationIds: ['ca-verified:v1', 'ca-verified:v2'],
              notEffectiveCount: 1,
              closedAt: '2026-05-01T10:00:00.000Z',
            }),
          },
          { id: 'ca-new', record: action({ openedAt: '2026-04-01T09:00:00.000Z' }) },
        ],
        trackedByAction: new Map([['ca-verified', tracked]]),
      }),
    );
    expect(rows[0]).toMatchObject({
      verifications: 2,
      notEffective: 1,
      firstVerification: 'notEffective',
      closedAt: '2026-05-01T10:00:00.000Z',
      issueKey: 'CA-3',
      jiraStatus: 'Closed',
      overdue: false,
    });
    expect(rows[1]).toMatchObject({
      verifications: 0,
      firstVerification: null,
      issueKey: null,
      jiraStatus: 'Not raised',
    });
  });
});
