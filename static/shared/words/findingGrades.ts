import type { ResolverOutput } from '../../../src/contract';
import type { LozengeWord } from './lozengeWord';
import { labelsOf } from './wordParts';

export type FindingGrade = ResolverOutput<'recordFinding'>['finding']['content']['grade'];

/**
 * The finding grades in words, as the domain names them (copied: the UI imports only the contract's
 * types), most serious first; `satisfies` makes the compiler flag a new grade. Every surface (the
 * programme, the issue panel, the Jira settings, the macro config) reads them from here.
 */
export const findingGradeWords = {
  majorNC: { label: 'Major nonconformity', appearance: 'danger' },
  minorNC: { label: 'Minor nonconformity', appearance: 'warning' },
  observation: { label: 'Observation', appearance: 'information' },
  opportunity: { label: 'Opportunity for improvement', appearance: 'discovery' },
} as const satisfies Record<FindingGrade, LozengeWord>;

export const findingGradeTitles = labelsOf(findingGradeWords);

export const findingGrades = Object.keys(findingGradeWords) as FindingGrade[];

export const isNonconformityGrade = (grade: FindingGrade) => grade === 'majorNC' || grade === 'minorNC';

/** The grades that open a corrective action (ISO 27001 10.2). */
export const nonconformityGrades = findingGrades.filter(isNonconformityGrade);
