import type { EntityName } from '../../src/contract';

/**
 * The record types the app keeps, as the audit trail names them (`entityType`), with a title for
 * people. The UI imports nothing from src at run time; `satisfies` makes the compiler insist on a
 * title for every record type the store has.
 */
export const recordTypeTitles = {
  programmeSettings: 'Programme settings',
  userRoles: 'App roles',
  programmeBootstrap: 'Programme set-up',
  signature: 'Electronic signature',
  signingCredential: 'Signing passphrase status',
  signingAttempt: 'Signing attempt',
  auditableArea: 'Auditable area',
  statementOfApplicability: 'Statement of Applicability',
  auditProgramme: 'Audit programme (cycle)',
  audit: 'Audit',
  finding: 'Finding',
  evidence: 'Evidence',
  auditor: 'Auditor register entry',
  impartialityOverride: 'Impartiality override',
  jiraSettings: 'Jira settings',
  trackedIssue: 'Jira issue of a finding or action',
  raiseJob: 'Jira raise job',
  correctiveAction: 'Corrective action',
  caVerification: 'Effectiveness verification',
  jiraSyncState: 'Jira reconciliation state',
  auditReport: 'Audit report',
  managementReview: 'Management review',
  reviewDecision: 'Management review decision',
  reviewInput: 'Management review input',
  periodFigures: 'Incident and training figures',
  refusedTransition: 'Refused Jira transition',
  ncExemption: 'Exemption from corrective action',
  caPlanApproval: 'Corrective-action plan approval',
  dueDateExtension: 'Due-date extension',
  reviewPlan: 'Management review plan',
  criteriaSet: 'Criteria set',
  kpiTargets: 'KPI targets',
  securityObjective: 'Information-security objective',
} as const satisfies Record<EntityName, string>;

export type KnownRecordType = keyof typeof recordTypeTitles;

export const knownRecordTypes = Object.keys(recordTypeTitles) as KnownRecordType[];

/** The title of a record type, or the type's own name for one this build does not know. */
export function recordTypeTitle(type: string): string {
  return (recordTypeTitles as Record<string, string>)[type] ?? type;
}
