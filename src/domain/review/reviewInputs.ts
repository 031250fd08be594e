import { z } from 'zod';

/**
 * The inputs a management review must consider (ISO 27001 9.3.2 a–g; f is the four performance
 * trends). Some the app holds (previous actions, performance, risk treatment from the SoA); the
 * others the programme manager enters per review as structured entries.
 */
export const ReviewInputKind = z.enum([
  'previousActions',
  'issuesChanges',
  'interestedPartiesNeeds',
  'performance',
  'interestedPartyFeedback',
  'riskTreatment',
  'improvementOpportunities',
]);
export type ReviewInputKind = z.infer<typeof ReviewInputKind>;

export const reviewInputTitles: Record<ReviewInputKind, { clause: string; title: string }> = {
  previousActions: { clause: '9.3.2 a', title: 'Status of actions from previous management reviews' },
  issuesChanges: { clause: '9.3.2 b', title: 'Changes in external and internal issues' },
  interestedPartiesNeeds: { clause: '9.3.2 c', title: 'Changes in needs and expectations of interested parties' },
  performance: {
    clause: '9.3.2 d',
    title:
      'Information security performance: nonconformities and corrective actions, monitoring, audit results, objectives',
  },
  interestedPartyFeedback: { clause: '9.3.2 e', title: 'Feedback from interested parties' },
  riskTreatment: { clause: '9.3.2 f', title: 'Results of risk assessment and status of the risk treatment plan' },
  improvementOpportunities: { clause: '9.3.2 g', title: 'Opportunities for continual improvement' },
};

/** The inputs the programme manager enters (the app cannot know them); the rest come from the store. */
export const enteredInputKinds = [
  'issuesChanges',
  'interestedPartiesNeeds',
  'interestedPartyFeedback',
  'improvementOpportunities',
  // Partly entered: monitoring results and objectives beside the app's NC/CA and audit figures.
  'performance',
  // Partly entered: the risk assessment's results beside the SoA's implementation status.
  'riskTreatment',
] as const satisfies readonly ReviewInputKind[];
export const EnteredInputKind = z.enum(enteredInputKinds);
export type EnteredInputKind = z.infer<typeof EnteredInputKind>;

/** One entered line: a topic, what changed or was said, and where it came from. */
export const ReviewInputEntry = z.object({
  topic: z.string().trim().min(1, 'Name the topic').max(200, 'The topic is at most 200 characters'),
  detail: z.string().trim().max(5000, 'The detail is at most 5000 characters').default(''),
  /** e.g. internal / external, customer / regulator, the monitoring source. */
  category: z.string().trim().max(100).default(''),
});
export type ReviewInputEntry = z.infer<typeof ReviewInputEntry>;

/** What the programme manager entered for one input of one review: id `reviewInputId(reviewId, kind)`. */
export const ReviewInputRecord = z.object({
  reviewId: z.string().min(1),
  kind: EnteredInputKind,
  summary: z.string().trim().max(5000).default(''),
  entries: z.array(ReviewInputEntry).max(100).default([]),
  /**
   * The display name of whoever wrote this version, taken when it was written: the input macros
   * print it without asking Jira. Optional (no default), so inputs stored before keep their digest.
   */
  enteredByName: z.string().max(255).optional(),
});
export type ReviewInputRecord = z.infer<typeof ReviewInputRecord>;

export const reviewInputId = (reviewId: string, kind: EnteredInputKind) => `${reviewId}:${kind}`;
