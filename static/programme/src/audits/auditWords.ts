import type { ResolverOutput } from '../../../../src/contract';
import type { LozengeWord } from '../../../shared/words/lozengeWord';
import { labelsOf } from '../../../shared/words/wordParts';

export {
  type FindingGrade,
  findingGradeTitles,
  findingGrades,
  isNonconformityGrade,
} from '../../../shared/words/findingGrades';

type AuditView = ResolverOutput<'getAudit'>;
export type AuditState = AuditView['state'];
export type CheckResult = NonNullable<AuditView['checklist'][number]['result']>;
export type EvidenceKind = ResolverOutput<'collectEvidence'>['evidence']['kind'];

/*
 * The audit world's words, copied from src/domain/programme (the UI imports only the contract's
 * types, never domain code). `satisfies Record<…>` makes the compiler flag a new state or grade.
 */

/** Where an audit is in its life: planned → in progress → reporting → closed. */
export const auditStateWords = {
  planned: { label: 'Planned', appearance: 'neutral' },
  inProgress: { label: 'In progress', appearance: 'information' },
  reporting: { label: 'Reporting', appearance: 'discovery' },
  closed: { label: 'Closed', appearance: 'success' },
} as const satisfies Record<AuditState, LozengeWord>;

export const auditStateTitles = labelsOf(auditStateWords);

export const checkResultTitles = {
  conforming: 'Conforming',
  nonconformity: 'Nonconformity',
  observation: 'Observation',
  opportunity: 'Opportunity for improvement',
  notAudited: 'Not audited',
} as const satisfies Record<CheckResult, string>;

export const checkResults = Object.keys(checkResultTitles) as CheckResult[];

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
