import { z } from 'zod';

/**
 * What a review decided, as ISO 27001 9.3.3 asks the results to include: opportunities for
 * continual improvement, any need for changes to the ISMS, and (as the review's resources) a
 * resource need; anything else is `other`, as every decision recorded before decisions had types.
 */
export const ReviewDecisionType = z.enum(['continualImprovement', 'ismsChange', 'resourceNeed', 'other'], {
  error: 'Choose the decision type: continual improvement, change to the ISMS, resource need or other',
});
export type ReviewDecisionType = z.infer<typeof ReviewDecisionType>;

export const reviewDecisionTypeTitles: Record<ReviewDecisionType, string> = {
  continualImprovement: 'Continual improvement',
  ismsChange: 'Change to the ISMS',
  resourceNeed: 'Resource need',
  other: 'Other',
};

const Judgement = (what: string) => z.enum(['yes', 'no'], { error: `Say whether the ISMS is ${what}: yes or no` });

/**
 * Top management's conclusion on the ISMS's continuing suitability, adequacy and effectiveness
 * (9.3): three judgements and the statement that supports them. It is part of the review record,
 * so the minutes' signature binds it, and a change after signing supersedes that signature.
 */
export const ReviewConclusion = z.object({
  suitable: Judgement('suitable'),
  adequate: Judgement('adequate'),
  effective: Judgement('effective'),
  statement: z
    .string()
    .trim()
    .min(1, 'Write the conclusion: why the ISMS is (or is not) suitable, adequate and effective')
    .max(5000, 'The conclusion is at most 5000 characters'),
});
export type ReviewConclusion = z.infer<typeof ReviewConclusion>;
