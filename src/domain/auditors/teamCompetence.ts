import { z } from 'zod';
import { IsoDate } from '../calendar/calendarDate';
import { domainCovers } from '../catalogue/requirementIds';
import { parseInput } from '../parseInput';
import { TeamRole } from './teamRoles';
import { Auditor, competenceFor, leadQualificationProblem } from './competence';
import { eligibilityFrom, ineligibilityReason, type EvaluationOutcome } from './evaluation';

/**
 * ISO 19011 7.2.4 judges the competence of the audit team as a whole: each person must be fit for
 * their own place, and together the team must know every part of the scope.
 *
 * - everyone on the team has an entry in the auditor register;
 * - the lead and the auditors hold a certificate valid on the day; the lead's must qualify to lead;
 * - the lead, auditors and technical experts are eligible by their latest evaluation (a trainee or
 *   observer is not: joining under guidance is how someone barred gets re-evaluated);
 * - the competence domains of the lead, auditors and technical experts together cover the scope
 *   (a trainee is learning, so their domains do not count).
 */
export const TeamMember = z.object({
  accountId: z.string().min(1),
  role: TeamRole,
  /** Their register entry, or null when they have none. */
  auditor: Auditor.nullable(),
  evaluations: z.array(z.object({ evaluatedOn: IsoDate, rating: z.number() }).passthrough()).default([]),
});
export type TeamMember = z.input<typeof TeamMember>;

export const TeamCompetenceInput = z.object({
  members: z.array(TeamMember),
  scopeItemIds: z.array(z.string().min(1)),
  day: IsoDate,
  /** The programme's lowest acceptable evaluation result (1–5). */
  minEvaluationResult: z.number().int().min(1).max(5),
});
export type TeamCompetenceInput = z.input<typeof TeamCompetenceInput>;

export interface TeamCompetence {
  /** Per person, in the order given: why they cannot take their place (empty when they can). */
  members: Array<{ accountId: string; role: TeamRole; reasons: string[] }>;
  /** Scope items no counting member's domain covers, in the scope's order. */
  uncoveredItems: string[];
}

const auditsTheScope = (role: TeamRole) => role !== 'trainee';

export function teamCompetence(input: TeamCompetenceInput): TeamCompetence {
  const { members, scopeItemIds, day, minEvaluationResult } = parseInput(TeamCompetenceInput, input, 'team');
  const checked = members.map(({ accountId, role, auditor, evaluations }) => {
    const reasons: string[] = [];
    if (!auditor) return { accountId, role, reasons: ['Not in the auditor register'] };
    if (role === 'lead' || role === 'auditor') reasons.push(...competenceFor(auditor, [], day).reasons);
    if (role === 'lead') {
      const problem = leadQualificationProblem(auditor, day);
      if (problem) reasons.push(problem);
    }
    if (auditsTheScope(role)) {
      const barred = ineligibilityReason(eligibilityFrom(evaluations as EvaluationOutcome[], minEvaluationResult));
      if (barred) reasons.push(barred);
    }
    return { accountId, role, reasons };
  });
  const domains = members.filter((m) => auditsTheScope(m.role)).flatMap((m) => m.auditor?.domains ?? []);
  const uncoveredItems = [...new Set(scopeItemIds)].filter(
    (itemId) => !domains.some((domain) => domainCovers(domain, itemId)),
  );
  return { members: checked, uncoveredItems };
}
