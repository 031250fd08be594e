import type { UserRoles } from '../domain/access/userRoles';
import type { AuditableArea } from '../domain/areas/auditableArea';
import type { AuditorRecord } from '../domain/auditors/auditorRecord';
import type { AuditProgramme } from '../domain/programme/auditProgramme';
import type { AuditRecord } from '../domain/audits/auditPlan';
import type { EvidenceRecord } from '../domain/audits/evidence';
import type { FindingRecord } from '../domain/audits/finding';
import type { ImpartialityOverrideRecord } from '../domain/audits/impartialityOverrideRecord';
import type { StatementOfApplicability } from '../domain/soa/soa';
import type { ProgrammeSettings } from '../domain/programme/programmeSettings';
import type { SigningCredential } from '../domain/signing/passphrasePolicy';
import type { Signature } from '../domain/signing/signature';
import type { SigningAttempt } from '../domain/signing/signingAttempt';
import type { CaVerificationRecord } from '../domain/actions/caVerification';
import type { CorrectiveActionRecord } from '../domain/actions/correctiveAction';
import type { JiraSettings } from '../domain/jira/jiraSettings';
import type { JiraSyncState } from '../domain/jira/syncState';
import type { RaiseJobRecord } from '../domain/jira/raiseJob';
import type { RefusedTransition } from '../domain/jira/refusedTransition';
import type { NcExemptionRecord } from '../domain/actions/ncExemption';
import type { CaPlanApprovalRecord } from '../domain/actions/planApproval';
import type { DueDateExtensionRecord } from '../domain/actions/dueDateExtension';
import type { TrackedIssueRecord } from '../domain/jira/trackedIssue';
import type { AuditReportRecord } from '../domain/reports/auditReport';
import type { ManagementReviewRecord, ReviewDecisionRecord } from '../domain/review/managementReview';
import type { PeriodFiguresRecord } from '../domain/review/periodFigures';
import type { ReviewInputRecord } from '../domain/review/reviewInputs';
import type { ReviewPlan } from '../domain/review/planning/reviewPlan';
import type { CriteriaSetRecord } from '../domain/criteria/criteriaSet';
import type { KpiTargets } from '../domain/review/objectives/kpiTarget';
import type { SecurityObjective } from '../domain/review/objectives/securityObjective';

/**
 * Every record type the store holds, by entity name. The name is what the audit trail records as
 * `entityType`; later issues add their records here.
 */
export interface EntityTypes {
  programmeSettings: ProgrammeSettings;
  userRoles: UserRoles;
  /** Claimed once, by the first site admin to open the app, who becomes programme manager. */
  programmeBootstrap: { firstProgrammeManager: string };
  /** Append-only: a signature is never edited, moved or deleted. */
  signature: Signature;
  signingCredential: SigningCredential;
  /** Append-only: every use of a signing passphrase. */
  signingAttempt: SigningAttempt;
  auditableArea: AuditableArea;
  /** One record (id `soa`): approving it signs every line of one version. */
  statementOfApplicability: StatementOfApplicability;
  /** One per cycle, id `cycle-<first day>`. */
  auditProgramme: AuditProgramme;
  audit: AuditRecord;
  finding: FindingRecord;
  evidence: EvidenceRecord;
  /** The auditor register, id = account id. */
  auditor: AuditorRecord;
  /** Append-only: a signed exception to auditor impartiality. */
  impartialityOverride: ImpartialityOverrideRecord;
  /** One record (id `jira`): projects, issue types, status mapping and due-date policy. */
  jiraSettings: JiraSettings;
  /** One per finding or corrective action (id `trackedIssueId`): its Jira issue. */
  trackedIssue: TrackedIssueRecord;
  raiseJob: RaiseJobRecord;
  correctiveAction: CorrectiveActionRecord;
  /** Append-only: an effectiveness verification, signed with meaning `verified`. */
  caVerification: CaVerificationRecord;
  /** One record (id `jira`): where the reconciliation with Jira stands. */
  jiraSyncState: JiraSyncState;
  /** One per audit (id = the audit id): its report page, conclusion and frozen approved version. */
  auditReport: AuditReportRecord;
  managementReview: ManagementReviewRecord;
  /** id `reviewDecisionId(reviewId, number)`; raised as a Jira action issue like a finding. */
  reviewDecision: ReviewDecisionRecord;
  /** id `reviewInputId(reviewId, kind)`: what the programme manager entered for one 9.3.2 input. */
  reviewInput: ReviewInputRecord;
  /** One record (id `programme`): the review interval, next planned review and standing agenda items. */
  reviewPlan: ReviewPlan;
  /** One record (id `programme`): the organisation's target per KPI. */
  kpiTargets: KpiTargets;
  /** An information-security objective (6.2), one record each. */
  securityObjective: SecurityObjective;
  /** id = the month (`YYYY-MM`): incidents and training completion recorded for it. */
  periodFigures: PeriodFiguresRecord;
  /** Append-only: a closing transition refused because the issue's audit property disagreed with the store. */
  refusedTransition: RefusedTransition;
  /** Append-only, id = the finding id: a signed decision that the finding needs no corrective action. */
  ncExemption: NcExemptionRecord;
  /** Append-only, id `planApprovalIdFor`: a signed approval of a corrective-action plan. */
  caPlanApproval: CaPlanApprovalRecord;
  /** A requested due-date extension of a corrective action and its decision (an approval is signed). */
  dueDateExtension: DueDateExtensionRecord;
  /** id = the set id: a company criteria set (SOP, Part 11, GDPR…) beside the ISO catalogue. */
  criteriaSet: CriteriaSetRecord;
}
export type EntityName = keyof EntityTypes;

/** Records that are written once and can never be changed or deleted through the store. */
export const appendOnlyEntities: ReadonlySet<EntityName> = new Set<EntityName>([
  'signature',
  'signingAttempt',
  'impartialityOverride',
  'caVerification',
  'refusedTransition',
  'ncExemption',
  'caPlanApproval',
]);

/** Every entity name, at run time (the check below keeps it in step with EntityTypes). */
export const entityNames = [
  'programmeSettings',
  'userRoles',
  'programmeBootstrap',
  'signature',
  'signingCredential',
  'signingAttempt',
  'auditableArea',
  'statementOfApplicability',
  'auditProgramme',
  'audit',
  'finding',
  'evidence',
  'auditor',
  'impartialityOverride',
  'jiraSettings',
  'trackedIssue',
  'raiseJob',
  'correctiveAction',
  'caVerification',
  'jiraSyncState',
  'auditReport',
  'managementReview',
  'reviewDecision',
  'reviewInput',
  'periodFigures',
  'refusedTransition',
  'ncExemption',
  'caPlanApproval',
  'dueDateExtension',
  'reviewPlan',
  'criteriaSet',
  'kpiTargets',
  'securityObjective',
] as const satisfies readonly EntityName[];
type Missing = Exclude<EntityName, (typeof entityNames)[number]>;
const everyEntityListed: Missing extends never ? true : Missing = true;
void everyEntityListed;

export function isEntityName(name: string): name is EntityName {
  return (entityNames as readonly string[]).includes(name);
}
