import type { CaVerificationRecord } from '../../../../../src/domain/actions/caVerification';
import type { CorrectiveActionRecord, CorrectiveActionState } from '../../../../../src/domain/actions/correctiveAction';
import type { TrackedIssueRecord } from '../../../../../src/domain/jira/trackedIssue';
import type { AuditRecord } from '../../../../../src/domain/audits/auditPlan';
import type { FindingGrade, FindingRecord } from '../../../../../src/domain/audits/finding';
import type { AuditState } from '../../../../../src/domain/audits/auditState';
import type { PeriodFiguresRecord } from '../../../../../src/domain/review/periodFigures';
import type { Identified, KpiRecords } from '../../../../../src/domain/review/kpis/kpiRecords';

/** Small builders for the KPI fixtures: only what a formula reads is given; the rest is filler. */

export function audit(
  id: string,
  plan: { plannedStart?: string; plannedEnd: string; itemIds?: string[] },
  state: AuditState,
  reportedOn: string | null = null,
  extra: Partial<AuditRecord> = {},
): Identified<AuditRecord> {
  return {
    id,
    record: {
      programmeId: 'cycle-2026-01-01',
      state,
      reportedOn,
      checklist: [],
      origin: { kind: 'manual' },
      planPage: null,
      plan: {
        title: `Audit ${id}`,
        areaIds: ['area-it'],
        itemIds: plan.itemIds ?? ['9.2.2'],
        objectives: '',
        criteria: '',
        methods: '',
        resources: '',
        leadAuditorId: null,
        teamIds: [],
        auditeeIds: [],
        plannedStart: plan.plannedStart ?? plan.plannedEnd,
        plannedEnd: plan.plannedEnd,
      },
      ...extra,
    },
  };
}

export function finding(
  id: string,
  grade: FindingGrade,
  raisedOn: string,
  extra: { itemId?: string; areaId?: string; repeatOf?: string[] } = {},
): Identified<FindingRecord> {
  return {
    id,
    record: {
      auditId: 'audit-1',
      source: { kind: 'internalAudit' },
      raisedOn,
      raisedBy: 'acct-lead',
      repeatOf: extra.repeatOf ?? [],
      content: {
        grade,
        itemId: extra.itemId ?? 'A.8.13',
        areaId: extra.areaId ?? 'area-it',
        requirement: 'Backups are restored and tested',
        evidence: 'No restore log since March',
        gap: 'No restore test',
      },
    },
  };
}

const by = { by: 'acct-owner', at: '2026-01-01T09:00:00.000Z' };

export function action(
  id: string,
  findingIds: string[],
  state: CorrectiveActionState,
  extra: {
    openedAt?: string;
    closedAt?: string | null;
    dueDate?: string;
    implementedAt?: string;
    verificationIds?: string[];
    notEffectiveCount?: number;
  } = {},
): Identified<CorrectiveActionRecord> {
  return {
    id,
    record: {
      findingIds,
      auditIds: ['audit-1'],
      title: `Action ${id}`,
      state,
      correction: { text: 'Contained', ...by },
      planApprovalId: null,
      rootCause: null,
      extent: null,
      plan: extra.dueDate ? { text: 'Plan', ownerId: 'acct-owner', dueDate: extra.dueDate, ...by } : null,
      implementation: extra.implementedAt
        ? {
            text: 'Done',
            evidence: [{ label: 'log', url: 'https://example.com/log' }],
            by: 'acct-owner',
            at: extra.implementedAt,
          }
        : null,
      verificationIds: extra.verificationIds ?? [],
      notEffectiveCount: extra.notEffectiveCount ?? 0,
      overdueNotifiedOn: null,
      openedBy: 'acct-lead',
      openedAt: extra.openedAt ?? '2026-01-01T09:00:00.000Z',
      closedAt: extra.closedAt ?? null,
    },
  };
}

export function verification(
  actionId: string,
  round: number,
  result: 'effective' | 'notEffective',
  verifiedAt: string,
): Identified<CaVerificationRecord> {
  return {
    id: `${actionId}:v${round}`,
    record: {
      correctiveActionId: actionId,
      round,
      result,
      note: 'Checked the restore log',
      verifierId: 'acct-verifier',
      implementerId: 'acct-owner',
      assigneeId: null,
      planOwnerId: null,
      verifiedAt,
      verifiedAction: null,
    },
  };
}

export function findingIssue(
  findingId: string,
  statusCategory: 'new' | 'indeterminate' | 'done',
  updated: string,
  extra: { deleted?: boolean; state?: TrackedIssueRecord['state'] } = {},
): Identified<TrackedIssueRecord> {
  return {
    id: `finding:${findingId}`,
    record: {
      subject: 'finding',
      subjectId: findingId,
      auditId: 'audit-1',
      state: extra.state ?? 'raised',
      issue: { id: '10001', key: 'NC-1' },
      jobId: null,
      attempts: 1,
      lastError: null,
      jira: {
        status: statusCategory === 'done' ? 'Closed' : 'Open',
        statusCategory,
        dueDate: null,
        assigneeId: null,
        updated,
        deleted: extra.deleted ?? false,
      },
      history: [],
    },
  };
}

export function monthFigures(month: string, figures: Partial<PeriodFiguresRecord>): Identified<PeriodFiguresRecord> {
  return {
    id: month,
    record: {
      month,
      incidents: null,
      incidentHoursToResolve: null,
      incidentsSource: 'recorded',
      incidentsJql: null,
      countedAt: null,
      trainingCompletionPct: null,
      note: '',
      ...figures,
    },
  };
}

export function kpiRecords(records: Partial<KpiRecords>): KpiRecords {
  return {
    timeZone: 'UTC',
    audits: [],
    findings: [],
    actions: [],
    verifications: [],
    trackedIssues: [],
    periodFigures: [],
    exemptions: [],
    extensions: [],
    ...records,
  };
}
