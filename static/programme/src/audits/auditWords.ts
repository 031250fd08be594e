import type { ResolverOutput } from '../../../../src/contract';

type AuditView = ResolverOutput<'getAudit'>;
export type AuditState = AuditView['state'];
export type CheckResult = NonNullable<AuditView['checklist'][number]['result']>;
export type FindingGrade = ResolverOutput<'recordFinding'>['finding']['content']['grade'];
export type EvidenceKind = ResolverOutput<'collectEvidence'>['evidence']['kind'];

/*
 * The audit world's words, copied from src/domain/programme (the UI imports only the contract's
 * types, never domain code). `satisfies Record<…>` makes the compiler flag a new state or grade.
 */

export const auditStateTitles = {
  planned: 'Planned',
  inProgress: 'In progress',
  reporting: 'Reporting',
  closed: 'Closed',
} as const satisfies Record<AuditState, string>;

export const checkResultTitles = {
  conforming: 'Conforming',
  nonconformity: 'Nonconformity',
  observation: 'Observation',
  opportunity: 'Opportunity for improvement',
  notAudited: 'Not audited',
} as const satisfies Record<CheckResult, string>;

export const checkResults = Object.keys(checkResultTitles) as CheckResult[];

export const findingGradeTitles = {
  majorNC: 'Major nonconformity',
  minorNC: 'Minor nonconformity',
  observation: 'Observation',
  opportunity: 'Opportunity for improvement',
} as const satisfies Record<FindingGrade, string>;

export const findingGrades = Object.keys(findingGradeTitles) as FindingGrade[];

export const isNonconformityGrade = (grade: FindingGrade) => grade === 'majorNC' || grade === 'minorNC';

export const evidenceKindTitles = {
  document: 'Document',
  record: 'Record',
  interview: 'Interview',
  observation: 'Observation',
  test: 'Test',
} as const satisfies Record<EvidenceKind, string>;

export const evidenceKinds = Object.keys(evidenceKindTitles) as EvidenceKind[];

/** The shortest reopening reason and not-audited note the rules accept (rules/auditState.ts). */
export const minExplanationLength = 10;

/** The shortest override justification the rules accept (rules/impartiality.ts). */
export const minOverrideJustificationLength = 20;
