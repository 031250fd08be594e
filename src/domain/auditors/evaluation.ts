import { z } from 'zod';

const score = (criterion: string) =>
  z.number().int(`Score ${criterion} 1 to 5`).min(1, `Score ${criterion} 1 to 5`).max(5, `Score ${criterion} 1 to 5`);

/**
 * The stated criteria an auditor's work on one audit is judged by (ISO 19011 7.2.3, 7.6), each
 * scored 1 (well below what is expected) to 5 (well above).
 */
export const EvaluationScores = z.object({
  knowledge: score('knowledge'),
  skills: score('skills'),
  conduct: score('conduct'),
  reportQuality: score('report quality'),
});
export type EvaluationScores = z.infer<typeof EvaluationScores>;

export const evaluationCriteria = ['knowledge', 'skills', 'conduct', 'reportQuality'] as const;
export const evaluationCriterionTitles: Record<(typeof evaluationCriteria)[number], string> = {
  knowledge: 'knowledge',
  skills: 'skills',
  conduct: 'conduct',
  reportQuality: 'report quality',
};

/**
 * The result of an evaluation is its lowest score: strong reporting does not make up for poor
 * conduct, and an inspector can see at once which criterion fell short.
 */
export function evaluationResult(scores: EvaluationScores): number {
  return Math.min(...evaluationCriteria.map((criterion) => scores[criterion]));
}

/** The programme's threshold when its settings name none: below "meets expectations" (3) bars. */
export const defaultMinEvaluationResult = 3;

/** What the eligibility rule needs of an evaluation (stored ones from before criteria carry a rating only). */
export interface EvaluationOutcome {
  evaluatedOn: string;
  /** The overall result: the lowest criterion score, or the single rating of an evaluation without criteria. */
  rating: number;
  scores?: EvaluationScores | undefined;
}

export type Eligibility =
  | { eligible: true }
  | { eligible: false; evaluatedOn: string; result: number; threshold: number; weakCriteria: string[] };

/**
 * Whether an auditor may take a place that audits (lead, auditor, technical expert): their latest
 * evaluation (by date; of one day, the one recorded last) must reach the programme's threshold.
 * One below it bars them until a later evaluation reaches it. Never evaluated: eligible (a newcomer
 * is judged by certificate and domains until their first audit).
 */
export function eligibilityFrom(evaluations: readonly EvaluationOutcome[], threshold: number): Eligibility {
  const latest = evaluations.reduce<EvaluationOutcome | null>(
    (last, e) => (!last || e.evaluatedOn >= last.evaluatedOn ? e : last),
    null,
  );
  if (!latest || latest.rating >= threshold) return { eligible: true };
  const weakCriteria = latest.scores
    ? evaluationCriteria.filter((c) => latest.scores![c] < threshold).map((c) => evaluationCriterionTitles[c])
    : [];
  return { eligible: false, evaluatedOn: latest.evaluatedOn, result: latest.rating, threshold, weakCriteria };
}

/** The reason an ineligible auditor is refused, in plain words. */
export function ineligibilityReason(eligibility: Eligibility): string | null {
  if (eligibility.eligible) return null;
  const weak = eligibility.weakCriteria.length > 0 ? ` (${eligibility.weakCriteria.join(', ')})` : '';
  return `The evaluation of ${eligibility.evaluatedOn} scored ${eligibility.result}${weak}, below the programme's threshold of ${eligibility.threshold}: not eligible for an audit team until re-evaluated (they may join as a trainee/observer)`;
}

/** Continuing professional development: hours recorded per calendar year on the register. */
export const CpdYear = z.object({
  year: z.number().int().min(1990, 'A CPD year is a year like 2026').max(2200, 'A CPD year is a year like 2026'),
  hours: z.number().min(0, 'CPD hours are 0 or more').max(2000, 'More than 2000 CPD hours in a year is not plausible'),
  note: z.string().trim().max(500).default(''),
});
export type CpdYear = z.infer<typeof CpdYear>;
