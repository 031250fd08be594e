import { z } from 'zod';
import { UserRoles } from '../../domain/access/userRoles';
import { AuditableArea } from '../../domain/areas/auditableArea';
import { AuditorRecord } from '../../domain/auditors/auditorRecord';
import { AuditProgramme } from '../../domain/programme/auditProgramme';
import { AuditRecord } from '../../domain/audits/auditPlan';
import { EvidenceRecord } from '../../domain/audits/evidence';
import { FindingRecord } from '../../domain/audits/finding';
import { ImpartialityOverrideRecord } from '../../domain/audits/impartialityOverrideRecord';
import { StatementOfApplicability } from '../../domain/soa/soa';
import { ProgrammeSettings } from '../../domain/programme/programmeSettings';
import { SigningCredential } from '../../domain/signing/passphrasePolicy';
import { Signature } from '../../domain/signing/signature';
import { SigningAttempt } from '../../domain/signing/signingAttempt';
import { CaVerificationRecord } from '../../domain/actions/caVerification';
import { CorrectiveActionRecord } from '../../domain/actions/correctiveAction';
import { JiraSettings } from '../../domain/jira/jiraSettings';
import { JiraSyncState } from '../../domain/jira/syncState';
import { RaiseJobRecord } from '../../domain/jira/raiseJob';
import { RefusedTransition } from '../../domain/jira/refusedTransition';
import { NcExemptionRecord } from '../../domain/actions/ncExemption';
import { CaPlanApprovalRecord } from '../../domain/actions/planApproval';
import { DueDateExtensionRecord } from '../../domain/actions/dueDateExtension';
import { TrackedIssueRecord } from '../../domain/jira/trackedIssue';
import { AuditReportRecord } from '../../domain/reports/auditReport';
import { ManagementReviewRecord, ReviewDecisionRecord } from '../../domain/review/managementReview';
import { PeriodFiguresRecord } from '../../domain/review/periodFigures';
import { ReviewInputRecord } from '../../domain/review/reviewInputs';
import { ReviewPlan } from '../../domain/review/planning/reviewPlan';
import { CriteriaSetRecord } from '../../domain/criteria/criteriaSet';
import { KpiTargets } from '../../domain/review/objectives/kpiTarget';
import { SecurityObjective } from '../../domain/review/objectives/securityObjective';
import type { EntityName, EntityTypes } from '../../ports/entities';
import type { FilterField, MemberField } from '../../ports/recordStore';
export { isEntityName } from '../../ports/entities';
import type { Database, RecordColumns } from './database';

type RecordTableName =
  | 'programme_settings'
  | 'user_roles'
  | 'programme_bootstrap'
  | 'signatures'
  | 'signing_credentials'
  | 'signing_attempts'
  | 'auditable_areas'
  | 'statements_of_applicability'
  | 'audit_programmes'
  | 'audits'
  | 'findings'
  | 'evidence'
  | 'auditors'
  | 'impartiality_overrides'
  | 'jira_settings'
  | 'tracked_issues'
  | 'raise_jobs'
  | 'corrective_actions'
  | 'ca_verifications'
  | 'jira_sync_state'
  | 'audit_reports'
  | 'management_reviews'
  | 'review_decisions'
  | 'review_inputs'
  | 'period_figures'
  | 'refused_transitions'
  | 'nc_exemptions'
  | 'ca_plan_approvals'
  | 'due_date_extensions'
  | 'review_plans'
  | 'criteria_sets'
  | 'kpi_targets'
  | 'security_objectives';

/**
 * How one entity is laid out in its table. `toColumns` and `fromColumns` are the only place a
 * record meets SQL; `schema` re-validates what comes back, because stored data is a boundary too.
 */
export interface EntityTable<K extends EntityName> {
  table: RecordTableName;
  schema: z.ZodType<EntityTypes[K]>;
  toColumns(record: EntityTypes[K]): Record<string, string | number | null>;
  fromColumns(row: Record<string, unknown>): unknown;
  /** Record fields that `listBy` may filter on, and their columns. */
  filterable?: Partial<Record<FilterField<K>, string>>;
  /** List members of the JSON body that `listContaining` may look values up in. */
  members?: readonly MemberField<K>[];
  /** Kept whole as JSON in `body` (see bodyTable). */
  isBody?: true;
  /**
   * For a table of plain columns: the columns `listMany` packs into a JSON body with the SQL
   * `JSON_OBJECT` function (MySQL, MariaDB, TiDB and SQLite all have it), so it can join the union.
   */
  packedColumns?: readonly string[];
}

const nullableNumber = (value: unknown) => (value === null || value === undefined ? null : Number(value));
const nullableString = (value: unknown) => (value === null || value === undefined ? null : String(value));

const jsonArray = (text: unknown) => JSON.parse(String(text)) as unknown;

/**
 * A record kept whole as JSON in `body`, with `columns` copied out of it so `listBy` (and people
 * reading the database) can filter on them. The body is the truth; the columns are derived.
 */
function bodyTable<K extends EntityName>(
  table: RecordTableName,
  /** Any schema whose parsed value is the record: its input may differ (defaults fill it in). */
  schema: z.ZodType<EntityTypes[K], unknown>,
  columns: (record: EntityTypes[K]) => Record<string, string | number | null> = () => ({}),
  filterable?: EntityTable<K>['filterable'],
): EntityTable<K> {
  return {
    table,
    schema: schema as z.ZodType<EntityTypes[K]>,
    toColumns: (record) => ({ ...columns(record), body: JSON.stringify(record) }),
    fromColumns: (row) => JSON.parse(String(row.body)) as unknown,
    isBody: true,
    ...(filterable ? { filterable } : {}),
  };
}

export const entityTables: { [K in EntityName]: EntityTable<K> } = {
  programmeSettings: {
    table: 'programme_settings',
    packedColumns: [
      'organisation_name',
      'cycle_length_months',
      'cycle_start',
      'time_zone',
      'working_days',
      'audit_team_rules',
    ],
    schema: ProgrammeSettings as unknown as z.ZodType<EntityTypes['programmeSettings']>,
    toColumns: ({ processOwners, minEvaluationResult, ...s }) => ({
      organisation_name: s.organisationName,
      cycle_length_months: s.cycleLengthMonths,
      cycle_start: s.cycleStart,
      time_zone: s.timeZone,
      working_days: JSON.stringify(s.workingDays),
      audit_team_rules:
        processOwners === undefined && minEvaluationResult === undefined
          ? null
          : JSON.stringify({ processOwners, minEvaluationResult }),
    }),
    fromColumns: (row) => ({
      organisationName: row.organisation_name,
      cycleLengthMonths: Number(row.cycle_length_months),
      cycleStart: row.cycle_start,
      timeZone: row.time_zone,
      workingDays: jsonArray(row.working_days),
      // Settings saved before these existed have none: they read as before.
      ...(row.audit_team_rules == null ? {} : (JSON.parse(String(row.audit_team_rules)) as object)),
    }),
  },
  userRoles: {
    table: 'user_roles',
    schema: UserRoles,
    toColumns: (r) => ({ roles: JSON.stringify(r.roles) }),
    fromColumns: (row) => ({ accountId: row.id, roles: jsonArray(row.roles) }),
  },
  programmeBootstrap: {
    table: 'programme_bootstrap',
    schema: z.object({ firstProgrammeManager: z.string().min(1) }),
    toColumns: (r) => ({ first_programme_manager: r.firstProgrammeManager }),
    fromColumns: (row) => ({ firstProgrammeManager: row.first_programme_manager }),
  },
  signature: {
    table: 'signatures',
    schema: Signature,
    toColumns: (s) => ({
      record_type: s.recordType,
      record_id: s.recordId,
      record_version: s.recordVersion,
      content_hash: s.contentHash,
      signer_account_id: s.signerAccountId,
      signer_name: s.signerName,
      signed_at: s.signedAt,
      meaning: s.meaning,
    }),
    fromColumns: (row) => ({
      recordType: row.record_type,
      recordId: row.record_id,
      recordVersion: Number(row.record_version),
      contentHash: row.content_hash,
      signerAccountId: row.signer_account_id,
      signerName: row.signer_name,
      signedAt: row.signed_at,
      meaning: row.meaning,
    }),
    filterable: { recordType: 'record_type', recordId: 'record_id', signerAccountId: 'signer_account_id' },
  },
  signingCredential: {
    table: 'signing_credentials',
    schema: SigningCredential,
    toColumns: (c) => ({
      status: c.status,
      hash_version: c.hashVersion,
      failed_attempts: c.failedAttempts,
      locked_until: c.lockedUntil,
    }),
    fromColumns: (row) => ({
      accountId: row.id,
      status: row.status,
      hashVersion: Number(row.hash_version),
      failedAttempts: Number(row.failed_attempts),
      lockedUntil: nullableString(row.locked_until),
    }),
  },
  signingAttempt: {
    table: 'signing_attempts',
    schema: SigningAttempt,
    toColumns: (a) => ({
      account_id: a.accountId,
      at: a.at,
      purpose: a.purpose,
      outcome: a.outcome,
      record_type: a.recordType,
      record_id: a.recordId,
      record_version: a.recordVersion,
      meaning: a.meaning,
    }),
    fromColumns: (row) => ({
      accountId: row.account_id,
      at: row.at,
      purpose: row.purpose,
      outcome: row.outcome,
      recordType: nullableString(row.record_type),
      recordId: nullableString(row.record_id),
      recordVersion: nullableNumber(row.record_version),
      meaning: nullableString(row.meaning),
    }),
    filterable: { accountId: 'account_id' },
  },
  auditableArea: {
    table: 'auditable_areas',
    packedColumns: ['name', 'owner_id', 'member_ids', 'likelihood', 'impact', 'item_ids'],
    schema: AuditableArea,
    toColumns: (a) => ({
      name: a.name,
      owner_id: a.ownerId,
      member_ids: JSON.stringify(a.memberIds),
      likelihood: a.likelihood,
      impact: a.impact,
      item_ids: JSON.stringify(a.itemIds),
    }),
    fromColumns: (row) => ({
      name: row.name,
      ownerId: row.owner_id,
      memberIds: jsonArray(row.member_ids),
      likelihood: Number(row.likelihood),
      impact: Number(row.impact),
      itemIds: jsonArray(row.item_ids),
    }),
    filterable: { ownerId: 'owner_id' },
  },
  statementOfApplicability: bodyTable('statements_of_applicability', StatementOfApplicability),
  auditProgramme: bodyTable('audit_programmes', AuditProgramme, (p) => ({ cycle_start: p.cycleStart })),
  audit: bodyTable(
    'audits',
    AuditRecord,
    (a) => ({
      programme_id: a.programmeId,
      state: a.state,
      planned_start: a.plan.plannedStart,
      planned_end: a.plan.plannedEnd,
    }),
    { programmeId: 'programme_id', state: 'state' },
  ),
  finding: bodyTable(
    'findings',
    FindingRecord,
    (f) => ({
      // findings.audit_id is NOT NULL and stays so (no ALTER TABLE: SQLite and Forge SQL limit DDL):
      // '' stores "no audit" for a nonconformity from another source. The body keeps the null, and
      // no audit has the id '', so an audit's findings (listBy auditId) never include these.
      audit_id: f.auditId ?? '',
      area_id: f.content.areaId,
      item_id: f.content.itemId,
      grade: f.content.grade,
      raised_on: f.raisedOn,
    }),
    // area_id leads the (area_id, item_id) index, so an area's findings are an indexed read.
    { auditId: 'audit_id', areaId: 'area_id' },
  ),
  evidence: bodyTable(
    'evidence',
    EvidenceRecord,
    (e) => ({
      audit_id: e.auditId,
    }),
    { auditId: 'audit_id' },
  ),
  auditor: bodyTable('auditors', AuditorRecord),
  impartialityOverride: bodyTable(
    'impartiality_overrides',
    ImpartialityOverrideRecord,
    // An override of a scope line (owned control or process) has no area: the column, read by no query, names the line.
    (o) => ({ audit_id: o.auditId, auditor_id: o.auditorId, area_id: o.areaId ?? `line:${o.itemId}` }),
    { auditId: 'audit_id' },
  ),
  jiraSettings: bodyTable('jira_settings', JiraSettings),
  trackedIssue: bodyTable(
    'tracked_issues',
    TrackedIssueRecord,
    (t) => ({
      subject: t.subject,
      subject_id: t.subjectId,
      audit_id: t.auditId,
      state: t.state,
      issue_id: t.issue?.id ?? null,
      issue_key: t.issue?.key ?? null,
      job_id: t.jobId,
    }),
    {
      auditId: 'audit_id',
      state: 'state',
      jobId: 'job_id',
      subject: 'subject',
      issueId: 'issue_id',
      issueKey: 'issue_key',
    },
  ),
  raiseJob: bodyTable('raise_jobs', RaiseJobRecord, (j) => ({ audit_id: j.auditId }), { auditId: 'audit_id' }),
  correctiveAction: {
    ...bodyTable(
      'corrective_actions',
      CorrectiveActionRecord,
      (a) => ({ state: a.state, owner_id: a.plan?.ownerId ?? null, due_date: a.plan?.dueDate ?? null }),
      { state: 'state' },
    ),
    // The issue panel's "actions of this finding", without reading every action.
    members: ['findingIds'],
  },
  caVerification: bodyTable(
    'ca_verifications',
    CaVerificationRecord,
    (v) => ({ corrective_action_id: v.correctiveActionId }),
    { correctiveActionId: 'corrective_action_id' },
  ),
  jiraSyncState: bodyTable('jira_sync_state', JiraSyncState),
  auditReport: bodyTable('audit_reports', AuditReportRecord),
  managementReview: bodyTable('management_reviews', ManagementReviewRecord, (r) => ({ period_from: r.period.from })),
  reviewDecision: bodyTable('review_decisions', ReviewDecisionRecord, (d) => ({ review_id: d.reviewId }), {
    reviewId: 'review_id',
  }),
  reviewInput: bodyTable('review_inputs', ReviewInputRecord, (i) => ({ review_id: i.reviewId }), {
    reviewId: 'review_id',
  }),
  periodFigures: bodyTable('period_figures', PeriodFiguresRecord),
  reviewPlan: bodyTable('review_plans', ReviewPlan),
  criteriaSet: bodyTable('criteria_sets', CriteriaSetRecord),
  kpiTargets: bodyTable('kpi_targets', KpiTargets),
  securityObjective: bodyTable('security_objectives', SecurityObjective),
  refusedTransition: bodyTable('refused_transitions', RefusedTransition, (r) => ({ issue_key: r.issueKey }), {
    issueKey: 'issue_key',
  }),
  ncExemption: bodyTable('nc_exemptions', NcExemptionRecord),
  caPlanApproval: bodyTable(
    'ca_plan_approvals',
    CaPlanApprovalRecord,
    (a) => ({ corrective_action_id: a.correctiveActionId }),
    { correctiveActionId: 'corrective_action_id' },
  ),
  dueDateExtension: bodyTable(
    'due_date_extensions',
    DueDateExtensionRecord,
    (e) => ({ corrective_action_id: e.correctiveActionId }),
    { correctiveActionId: 'corrective_action_id' },
  ),
};

export function entityTable<K extends EntityName>(entity: K): EntityTable<K> {
  return entityTables[entity];
}

export type { RecordColumns, Database };
