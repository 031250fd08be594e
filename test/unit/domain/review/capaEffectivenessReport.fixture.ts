// The CAPA effectiveness report tests' shared setup: findings, actions, verifications and extensions built
// loosely as stored, and the report's facts with the suggested policy, today 30 June 2026 in UTC.
import type { CaVerificationRecord } from '../../../../src/domain/actions/caVerification';
import type { CorrectiveActionRecord } from '../../../../src/domain/actions/correctiveAction';
import type { DueDateExtensionRecord } from '../../../../src/domain/actions/dueDateExtension';
import type { FindingGrade, FindingRecord } from '../../../../src/domain/audits/finding';
import { suggestedJiraSettings } from '../../../../src/domain/jira/jiraSettings';
import type { CapaActionFacts, CapaReportFacts } from '../../../../src/domain/review/capa/capaEffectivenessReport';

export const timeZone = 'UTC';
export const today = '2026-06-30';

// Findings are built loosely: stored findings from before sources existed have no `source`.
export function finding(
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
export const plan = (dueDate: string) => ({
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

export const verification = (round: number, result: 'effective' | 'notEffective', verifiedAt: string) =>
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

export const extension = (fromDate: string, toDate: string, decidedAt: string): DueDateExtensionRecord => ({
  correctiveActionId: 'ca',
  fromDate,
  toDate,
  justification: 'The restore hardware arrives late',
  requestedBy: 'acct-owner',
  requestedAt: '2026-03-20T09:00:00.000Z',
  decision: { result: 'approved', by: 'acct-manager', at: decidedAt, note: '' },
});

/** An action closed effective: implemented on `implementedOn`, closed on `closedOn`. */
export function closedAction(
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

export function facts(change: Partial<CapaReportFacts>): CapaReportFacts {
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
