import { z } from 'zod';
import { CatalogueId } from '../catalogue/catalogue';
import { IsoDate } from '../calendar/calendarDate';
import { FindingSource, internalAuditSource } from '../findings/findingSource';
import { minExplanationLength } from './auditState';

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

/** How a recorded finding was changed before its report was approved (see findingRevision.ts). */
export const RevisionKind = z.enum(['corrected', 'regraded', 'withdrawn']);
export type RevisionKind = z.infer<typeof RevisionKind>;

/** One change to a finding: what it was before, why it changed, who changed it when. */
export const FindingRevision = z.object({
  kind: RevisionKind,
  reason: z.string().trim().min(minExplanationLength).max(2000),
  by: z.string().min(1),
  at: z.string(),
  /** The content before this change. */
  previous: FindingContent,
});
export type FindingRevision = z.infer<typeof FindingRevision>;

/**
 * A finding (a nonconformity record, whatever its source) as stored: its content, where it came
 * from, who raised it when, and what it repeats. An internal-audit finding names its audit; a
 * finding from any other source has none (`auditId` null) and names its source instead.
 */
export const FindingRecord = z
  .object({
    auditId: z.string().min(1).nullable(),
    /** Records stored before sources existed are internal-audit findings: the default says so. */
    source: FindingSource.default(internalAuditSource),
    content: FindingContent,
    raisedOn: IsoDate,
    raisedBy: z.string().min(1),
    /** Earlier findings on the same item and area within 12 months (see repeatedFindings). */
    repeatOf: z.array(z.string()).default([]),
    /**
     * Withdrawn before the report was approved: kept, with its reason in `revisions`, never deleted.
     * Optional (absent: standing), so findings stored before revisions existed read as before.
     */
    withdrawn: z.boolean().optional(),
    /** Earlier contents, oldest first; absent on a finding never changed. */
    revisions: z.array(FindingRevision).optional(),
  })
  .superRefine((finding, ctx) => {
    const fromAudit = finding.source.kind === 'internalAudit';
    if (fromAudit && finding.auditId === null) {
      ctx.addIssue({ code: 'custom', path: ['auditId'], message: 'An internal-audit finding names its audit' });
    }
    if (!fromAudit && finding.auditId !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['auditId'],
        message: 'Only an internal-audit finding belongs to an audit; this source has none',
      });
    }
  });
export type FindingRecord = z.infer<typeof FindingRecord>;
