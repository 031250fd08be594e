import { z } from 'zod';
import { CatalogueId } from '../catalogue/catalogue';
import { IsoDate } from '../calendar/calendarDate';

export const FindingGrade = z.enum(['majorNC', 'minorNC', 'observation', 'opportunity']);
export type FindingGrade = z.infer<typeof FindingGrade>;

export const findingGradeTitles: Record<FindingGrade, string> = {
  majorNC: 'major nonconformity',
  minorNC: 'minor nonconformity',
  observation: 'observation',
  opportunity: 'opportunity for improvement',
};

export const isNonconformity = (grade: FindingGrade) => grade === 'majorNC' || grade === 'minorNC';

const statement = (what: string) =>
  z.string().trim().min(1, `Write the ${what} statement`).max(5000, `The ${what} statement is at most 5000 characters`);

/** What an auditor writes: the finding's grade, where it is, and its three statements. */
export const FindingContent = z
  .object({
    grade: FindingGrade,
    itemId: CatalogueId,
    areaId: z.string().min(1).max(64),
    /** What the clause, control or procedure requires. */
    requirement: statement('requirement'),
    /** What was seen: the objective evidence. */
    evidence: statement('evidence'),
    /** How the evidence falls short of the requirement; required for a nonconformity. */
    gap: z.string().trim().max(5000).default(''),
  })
  .superRefine((finding, ctx) => {
    if (isNonconformity(finding.grade) && finding.gap.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['gap'], message: 'A nonconformity needs the gap statement' });
    }
  });
export type FindingContent = z.infer<typeof FindingContent>;
export type FindingContentInput = z.input<typeof FindingContent>;

/** A finding as stored: its content, its audit, who raised it when, and what it repeats. */
export const FindingRecord = z.object({
  auditId: z.string().min(1),
  content: FindingContent,
  raisedOn: IsoDate,
  raisedBy: z.string().min(1),
  /** Earlier findings on the same item and area within 12 months (see repeatedFindings). */
  repeatOf: z.array(z.string()).default([]),
});
export type FindingRecord = z.infer<typeof FindingRecord>;
