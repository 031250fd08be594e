import { z } from 'zod';
import { PublishedPage } from '../audits/auditPlan';

/** The report page as the lead auditor approved it: the version, its content and the content's hash. */
export const ApprovedReport = z.object({
  pageId: z.string().min(1),
  pageVersion: z.number().int().min(1),
  /** SHA-256 of the storage body approved: a later version with another hash changed after approval. */
  contentHash: z.string().length(64),
  /** The approved storage body itself, so the record export carries what was approved. */
  content: z.string(),
  approvedBy: z.string().min(1),
  approvedAt: z.string().min(1),
});
export type ApprovedReport = z.infer<typeof ApprovedReport>;

/** A change to the approved page that someone made in Confluence afterwards. */
export const ReportChange = z.object({
  pageVersion: z.number().int().min(1),
  contentHash: z.string().length(64),
  detectedAt: z.string().min(1),
});
export type ReportChange = z.infer<typeof ReportChange>;

/**
 * An audit's report (one per audit, id = the audit id): what the lead auditor adds to the audit's
 * own records (the conclusion on ISMS effectiveness, the distribution), the Confluence page the
 * app generated, and — once approved with a signature — the frozen approved version.
 */
export const AuditReportRecord = z.object({
  auditId: z.string().min(1),
  conclusion: z.string().trim().max(10000).default(''),
  /** Who receives the report (names or roles). */
  distribution: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  page: PublishedPage.nullable(),
  /** The audit record version the page was last generated from. */
  generatedFromAuditVersion: z.number().int().min(0).nullable(),
  /**
   * SHA-256 of the report content the app last generated (without its provenance line): when the
   * audit's records now render to something else (a finding added, a name changed), the page is stale.
   */
  generatedContentHash: z.string().length(64).nullable().default(null),
  /** Why the last automatic generation failed (Confluence down, no ISMS space); cleared by the next success. */
  generationProblem: z.object({ message: z.string(), at: z.string() }).nullable().default(null),
  approval: ApprovedReport.nullable(),
  /** Set when the approved page was edited in Confluence after approval (first detection). */
  changedAfterApproval: ReportChange.nullable(),
});
export type AuditReportRecord = z.infer<typeof AuditReportRecord>;

/** The report record before anything is written: no conclusion, no page, no approval. */
export function emptyAuditReport(auditId: string): AuditReportRecord {
  return {
    auditId,
    conclusion: '',
    distribution: [],
    page: null,
    generatedFromAuditVersion: null,
    generatedContentHash: null,
    generationProblem: null,
    approval: null,
    changedAfterApproval: null,
  };
}
