import type { CorrectiveActionView, IssueContextView } from '../../../src/contract';

export type FindingGrade = IssueContextView['findings'][number]['grade'];
export type ActionState = CorrectiveActionView['action']['state'];
export type RootCauseMethod = NonNullable<CorrectiveActionView['action']['rootCause']>['method'];

/* Copied from the domain's words (the UI imports only the contract's types). */

export const gradeWords = {
  majorNC: { label: 'Major nonconformity', appearance: 'removed' },
  minorNC: { label: 'Minor nonconformity', appearance: 'moved' },
  observation: { label: 'Observation', appearance: 'inprogress' },
  opportunity: { label: 'Opportunity for improvement', appearance: 'new' },
} as const satisfies Record<FindingGrade, { label: string; appearance: string }>;

export const isNonconformity = (grade: FindingGrade) => grade === 'majorNC' || grade === 'minorNC';

export const methodWords = {
  fiveWhys: 'Five whys',
  fishbone: 'Fishbone (Ishikawa)',
  faultTree: 'Fault tree',
  other: 'Other',
} as const satisfies Record<RootCauseMethod, string>;

/** The lifecycle in order, as ISO 27001 10.2 walks it; `correction` is recorded when the action opens. */
export const lifecycle = [
  { id: 'correction', label: 'Correction' },
  { id: 'rootCause', label: 'Root cause' },
  { id: 'extent', label: 'Extent' },
  { id: 'plan', label: 'Action plan' },
  { id: 'implementation', label: 'Implementation' },
  { id: 'verification', label: 'Verification' },
  { id: 'closed', label: 'Closed' },
] as const satisfies ReadonlyArray<{ id: ActionState | 'correction'; label: string }>;

export type LifecycleStep = (typeof lifecycle)[number]['id'];

export const roleWords: Record<string, string> = {
  programmeManager: 'programme manager',
  leadAuditor: 'lead auditor',
  auditor: 'auditor',
  auditee: 'auditee',
  topManagement: 'top management',
  viewer: 'viewer',
};
