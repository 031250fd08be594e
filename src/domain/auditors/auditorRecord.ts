import { z } from 'zod';
import { Certificate, Training } from './competence';
import { IsoDate } from '../calendar/calendarDate';
import { DomainCode } from '../catalogue/requirementIds';
import { CpdYear, EvaluationScores } from './evaluation';

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

/** How an auditor did on one audit (7.2: competence is evaluated, not assumed). */
export const AuditorEvaluation = z.object({
  auditId: z.string().min(1),
  evaluatedOn: IsoDate,
  evaluatedBy: z.string().min(1),
  /** The overall result: the lowest of `scores`, or a single rating given before criteria were stated. */
  rating: z.number().int().min(1, 'Rate 1 to 5').max(5, 'Rate 1 to 5'),
  /** The stated criteria, each scored (absent on evaluations recorded before criteria existed). */
  scores: EvaluationScores.optional(),
  comment: z.string().trim().min(1, 'Say what went well and what to improve').max(2000),
});
export type AuditorEvaluation = z.infer<typeof AuditorEvaluation>;

/** What the programme manager records about an auditor's competence. */
export const AuditorCompetence = z.object({
  domains: z.array(DomainCode).max(100).refine(unique, 'A domain is listed twice'),
  certificates: z.array(Certificate).max(50).default([]),
  trainings: z.array(Training).max(100).default([]),
  /** Continuing professional development, one line per calendar year. */
  cpd: z
    .array(CpdYear)
    .max(100)
    .refine((years) => unique(years.map((y) => y.year)), 'A CPD year is listed twice')
    .optional(),
});
export type AuditorCompetence = z.infer<typeof AuditorCompetence>;
export type AuditorCompetenceInput = z.input<typeof AuditorCompetence>;

/** The auditor register's entry for one person (id = account id). */
export const AuditorRecord = AuditorCompetence.extend({
  accountId: z.string().min(1).max(128),
  evaluations: z.array(AuditorEvaluation).default([]),
});
export type AuditorRecord = z.infer<typeof AuditorRecord>;
