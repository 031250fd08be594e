import type { AppServices } from '../../../src/app/services';
import type { CaVerificationRecord } from '../../../src/domain/actions/caVerification';
import type { CorrectiveActionRecord } from '../../../src/domain/actions/correctiveAction';
import { suggestedJiraSettings } from '../../../src/domain/jira/jiraSettings';
import type { JiraMirror, TrackedIssueRecord } from '../../../src/domain/jira/trackedIssue';
import { AuditRecord } from '../../../src/domain/audits/auditPlan';
import { AuditProgramme } from '../../../src/domain/programme/auditProgramme';
import type { FindingGrade, FindingRecord } from '../../../src/domain/audits/finding';
import type { ProgrammeSettings } from '../../../src/domain/programme/programmeSettings';
import type { AuditState, CheckResult } from '../../../src/domain/audits/auditState';
import type { EntityName, EntityTypes } from '../../../src/ports/entities';

/**
 * A programme of the 2026 cycle for the register macros and CSV suites, written straight to the
 * store. The test clock stands at 2026-11-24 09:00 UTC (22:00 in Auckland); see each record's note.
 */
export const people = { manager: 'acct-manager', lead: 'acct-lead', viewer: 'acct-viewer', owner: 'acct-owner' };

export async function put<K extends EntityName>(services: AppServices, entity: K, id: string, record: EntityTypes[K]) {
  const before = await services.store.get(entity, id);
  await services.store.apply({ entity, id, before, after: record, actor: people.manager, at: services.clock.now() });
}

export const settingsIn = (timeZone: string): ProgrammeSettings => ({
  organisationName: 'Acme Biologics',
  cycleLengthMonths: 12,
  cycleStart: '2026-01-01',
  timeZone,
  workingDays: [1, 2, 3, 4, 5],
});

interface SeedAudit {
  title: string;
  state: AuditState;
  plannedStart: string;
  plannedEnd: string;
  reportedOn?: string;
  itemIds: string[];
  results?: Record<string, CheckResult>;
  programmeId?: string;
  areaId?: string;
}

function audit(seed: SeedAudit): AuditRecord {
  return AuditRecord.parse({
    programmeId: seed.programmeId ?? 'cycle-2026-01-01',
    state: seed.state,
    reportedOn: seed.reportedOn ?? null,
    origin: { kind: 'manual' },
    checklist: seed.itemIds.map((itemId) => ({ itemId, result: seed.results?.[itemId] ?? null })),
    plan: {
      title: seed.title,
      areaIds: [seed.areaId ?? 'ar-it'],
      itemIds: seed.itemIds,
      leadAuditorId: people.lead,
      plannedStart: seed.plannedStart,
      plannedEnd: seed.plannedEnd,
    },
  });
}

const finding = (auditId: string, grade: FindingGrade, itemId: string, areaId: string, raisedOn: string) =>
  ({
    auditId,
    source: { kind: 'internalAudit' },
    content: { grade, itemId, areaId, requirement: 'What is required', evidence: 'What was seen', gap: 'The gap' },
    raisedOn,
    raisedBy: people.lead,
    repeatOf: [],
  }) satisfies FindingRecord;

const mirror = (status: string, statusCategory: JiraMirror['statusCategory'], dueDate: string | null): JiraMirror => ({
  status,
  statusCategory,
  dueDate,
  assigneeId: null,
  updated: '2026-11-01T10:00:00.000Z',
  deleted: false,
});

function tracked(
  subject: TrackedIssueRecord['subject'],
  subjectId: string,
  change: Partial<TrackedIssueRecord>,
): TrackedIssueRecord {
  return {
    subject,
    subjectId,
    auditId: 'au-backup',
    state: 'raised',
    issue: null,
    jobId: null,
    attempts: 1,
    lastError: null,
    jira: null,
    history: [],
    ...change,
  };
}

const correction = { text: 'Contained', by: people.owner, at: '2026-03-10T10:00:00.000Z' };
const action = (change: Partial<CorrectiveActionRecord>): CorrectiveActionRecord => ({
  findingIds: ['f-major'],
  auditIds: ['au-backup'],
  title: 'Restore testing every month',
  state: 'rootCause',
  planApprovalId: null,
  correction,
  rootCause: null,
  extent: null,
  plan: null,
  implementation: null,
  verificationIds: [],
  notEffectiveCount: 0,
  overdueNotifiedOn: null,
  openedBy: people.owner,
  openedAt: '2026-03-10T10:00:00.000Z',
  closedAt: null,
  ...change,
});

const verification = (round: number, result: CaVerificationRecord['result']): CaVerificationRecord => ({
  correctiveActionId: 'ca-2',
  round,
  result,
  note: 'Checked the access reviews of the last quarter',
  verifierId: 'acct-verifier',
  implementerId: people.owner,
  assigneeId: null,
  planOwnerId: null,
  verifiedAt: `2026-0${4 + round}-01T10:00:00.000Z`,
  verifiedAction: null,
});

export async function seedProgramme(services: AppServices, timeZone = 'Pacific/Auckland'): Promise<void> {
  await put(services, 'programmeSettings', 'programme', settingsIn(timeZone));
  await put(
    services,
    'auditProgramme',
    'cycle-2026-01-01',
    AuditProgramme.parse({ cycleStart: '2026-01-01', cycleLengthMonths: 12 }),
  );
  await put(
    services,
    'auditProgramme',
    'cycle-2025-01-01',
    AuditProgramme.parse({ cycleStart: '2025-01-01', cycleLengthMonths: 12 }),
  );
  const area = { ownerId: people.owner, memberIds: [], likelihood: 3, impact: 3, itemIds: ['A.8.13'] };
  await put(services, 'auditableArea', 'ar-it', { ...area, name: 'IT operations' });
  await put(services, 'auditableArea', 'ar-hr', { ...area, name: 'Human resources' });
  await put(services, 'jiraSettings', 'jira', suggestedJiraSettings);

  await put(services, 'audit', 'au-backup', audit({
    title: 'Backup and logging audit',
    state: 'closed',
    plannedStart: '2026-03-02',
    plannedEnd: '2026-03-06',
    reportedOn: '2026-03-09',
    itemIds: ['A.8.13', '9.2.2'],
    results: { 'A.8.13': 'nonconformity', '9.2.2': 'nonconformity' },
  })); // prettier-ignore
  await put(services, 'audit', 'au-hr', audit({
    title: 'HR security audit',
    state: 'reporting',
    plannedStart: '2026-10-05',
    plannedEnd: '2026-10-09',
    reportedOn: '2026-10-12',
    itemIds: ['A.6.3'],
    results: { 'A.6.3': 'observation' },
    areaId: 'ar-hr',
  })); // prettier-ignore
  // Planned to end 6 November and still in progress: late.
  await put(services, 'audit', 'au-late', audit({
    title: 'Supplier security audit',
    state: 'inProgress',
    plannedStart: '2026-11-02',
    plannedEnd: '2026-11-06',
    itemIds: ['A.5.19'],
  })); // prettier-ignore
  await put(services, 'audit', 'au-next', audit({
    title: 'Context and leadership audit',
    state: 'planned',
    plannedStart: '2026-12-07',
    plannedEnd: '2026-12-11',
    itemIds: ['4.1'],
  })); // prettier-ignore
  await put(services, 'audit', 'au-cancel', audit({
    title: 'Physical security audit',
    state: 'planned',
    plannedStart: '2026-12-14',
    plannedEnd: '2026-12-18',
    itemIds: ['A.7.1'],
  })); // prettier-ignore
  await put(services, 'audit', 'au-old', audit({
    title: 'Last year’s backup audit',
    state: 'closed',
    plannedStart: '2025-05-04',
    plannedEnd: '2025-05-08',
    reportedOn: '2025-05-08',
    itemIds: ['A.8.13'],
    results: { 'A.8.13': 'nonconformity' },
    programmeId: 'cycle-2025-01-01',
  })); // prettier-ignore

  // Jira's due date is 24 November: overdue in Auckland from 25 November (11:00 UTC on the 24th).
  await put(services, 'finding', 'f-major', finding('au-backup', 'majorNC', 'A.8.13', 'ar-it', '2026-03-04'));
  await put(services, 'finding', 'f-minor', finding('au-backup', 'minorNC', '9.2.2', 'ar-it', '2026-03-05'));
  await put(services, 'finding', 'f-obs', finding('au-hr', 'observation', 'A.6.3', 'ar-hr', '2026-10-07'));
  // Minor, 60 business days from 8 October: due 31 December by policy.
  await put(services, 'finding', 'f-failed', finding('au-hr', 'minorNC', 'A.6.3', 'ar-hr', '2026-10-08'));
  await put(services, 'finding', 'f-old', finding('au-old', 'majorNC', 'A.8.13', 'ar-it', '2025-05-06'));
  await put(services, 'trackedIssue', 'finding:f-major', tracked('finding', 'f-major', {
    issue: { id: '10001', key: 'NC-1' },
    jira: mirror('Action planned', 'indeterminate', '2026-11-24'),
  })); // prettier-ignore
  await put(services, 'trackedIssue', 'finding:f-minor', tracked('finding', 'f-minor', {
    issue: { id: '10002', key: 'NC-2' },
    jira: mirror('Closed', 'done', '2026-06-01'),
  })); // prettier-ignore
  await put(services, 'trackedIssue', 'finding:f-failed', tracked('finding', 'f-failed', {
    auditId: 'au-hr',
    state: 'failed',
    lastError: 'Field duedate is required',
  })); // prettier-ignore

  const plan = {
    text: 'Monthly restore tests',
    ownerId: people.owner,
    dueDate: '2026-11-01',
    by: people.owner,
    at: correction.at,
  };
  await put(services, 'correctiveAction', 'ca-1', action({ state: 'implementation', plan }));
  await put(services, 'correctiveAction', 'ca-2', action({
    findingIds: ['f-minor'],
    title: 'Quarterly access review',
    state: 'closed',
    verificationIds: ['ca-2:v1', 'ca-2:v2'],
    notEffectiveCount: 1,
    openedAt: '2026-03-11T10:00:00.000Z',
    closedAt: '2026-06-01T10:00:00.000Z',
  })); // prettier-ignore
  await put(services, 'correctiveAction', 'ca-old', action({
    title: 'Last year’s action',
    state: 'closed',
    openedAt: '2025-02-01T10:00:00.000Z',
    closedAt: '2025-06-01T10:00:00.000Z',
  })); // prettier-ignore
  await put(services, 'caVerification', 'ca-2:v1', verification(1, 'notEffective'));
  await put(services, 'caVerification', 'ca-2:v2', verification(2, 'effective'));
  await put(services, 'trackedIssue', 'correctiveAction:ca-1', tracked('correctiveAction', 'ca-1', {
    issue: { id: '20001', key: 'CA-1' },
    jira: mirror('Implemented', 'indeterminate', '2026-11-01'),
  })); // prettier-ignore
}

/**
 * The services with every store and trail read counted: each RecordStore call is one SQL statement
 * (listMany's own suite proves it for the one that reads many tables), and so is a trail query.
 */
export function countingReads(services: AppServices): { services: AppServices; reads: () => number; reset(): void } {
  let reads = 0;
  const count =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    (...args: A) => {
      reads += 1;
      return fn(...args);
    };
  const { store, trail } = services;
  const directory = {
    displayName: (): never => {
      throw new Error('a review macro looked up a name (the directory calls Jira)');
    },
    isSiteAdmin: (): never => {
      throw new Error('a review macro asked the directory (it calls Jira)');
    },
  };
  return {
    services: {
      ...services,
      directory,
      store: {
        get: count(store.get.bind(store)),
        list: count(store.list.bind(store)),
        listBy: count(store.listBy.bind(store)),
        listAfter: count(store.listAfter.bind(store)),
        listMany: count(store.listMany.bind(store)),
        getMany: count(store.getMany.bind(store)),
        countBy: count(store.countBy.bind(store)),
        listContaining: count(store.listContaining.bind(store)),
        apply: store.apply.bind(store),
        applyMany: store.applyMany.bind(store),
      } as AppServices['store'],
      trail: {
        headSeq: count(trail.headSeq.bind(trail)),
        entries: count(trail.entries.bind(trail)),
        findInterruptedWrites: trail.findInterruptedWrites.bind(trail),
        recoverInterruptedWrites: trail.recoverInterruptedWrites.bind(trail),
        recordsBesideTrail: count(trail.recordsBesideTrail.bind(trail)),
        recordBesideTrail: count(trail.recordBesideTrail.bind(trail)),
        anchoredHead: trail.anchoredHead.bind(trail),
        anchorHead: trail.anchorHead.bind(trail),
        unappliedEntries: count(trail.unappliedEntries.bind(trail)),
        entityTypesChanged: count(trail.entityTypesChanged.bind(trail)),
      },
    },
    reads: () => reads,
    reset: () => {
      reads = 0;
    },
  };
}
