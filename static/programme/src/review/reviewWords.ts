import type { ResolverInput } from '../../../../src/contract';

/** An input the programme manager enters for a review (the others the app computes). */
export type EnteredKind = ResolverInput<'saveReviewInput'>['kind'];

/**
 * The 9.3.2 inputs the programme manager fills in, with the clause and title the review page
 * prints. A copy of the domain's words: the UI imports nothing from src at run time, and
 * `satisfies` makes the compiler insist on every entered kind.
 */
export const enteredInputs = [
  { kind: 'issuesChanges', clause: '9.3.2 b', title: 'Changes in external and internal issues' },
  {
    kind: 'interestedPartiesNeeds',
    clause: '9.3.2 c',
    title: 'Changes in needs and expectations of interested parties',
  },
  {
    kind: 'performance',
    clause: '9.3.2 d',
    title: 'Information security performance: monitoring results and objectives (beside the app’s NC/CA figures)',
  },
  { kind: 'interestedPartyFeedback', clause: '9.3.2 e', title: 'Feedback from interested parties' },
  {
    kind: 'riskTreatment',
    clause: '9.3.2 f',
    title: 'Results of risk assessment (beside the SoA’s risk treatment status)',
  },
  { kind: 'improvementOpportunities', clause: '9.3.2 g', title: 'Opportunities for continual improvement' },
] as const satisfies ReadonlyArray<{ kind: EnteredKind; clause: string; title: string }>;

export type DecisionType = NonNullable<ResolverInput<'addReviewDecision'>['type']>;

/** The 9.3.3 decision types in the order offered (a copy of the domain's titles, as above). */
export const decisionTypes = [
  { value: 'continualImprovement', label: 'Continual improvement' },
  { value: 'ismsChange', label: 'Change to the ISMS' },
  { value: 'resourceNeed', label: 'Resource need' },
  { value: 'other', label: 'Other' },
] as const satisfies ReadonlyArray<{ value: DecisionType; label: string }>;

export const decisionTypeWords = (type: DecisionType) =>
  decisionTypes.find((choice) => choice.value === type)?.label ?? type;

/** The review's period in words. */
export const periodWords = (from: string, to: string) => `${from} – ${to}`;

/** The CSV registers the review can download, for its period. */
export const csvRegisters = [
  { register: 'findings', label: 'Finding register' },
  { register: 'correctiveActions', label: 'Corrective-action register' },
  { register: 'kpiSeries', label: 'KPI series' },
] as const;
