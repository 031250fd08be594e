import { z } from 'zod';
import { resolver, expectedVersion, auditId } from './resolverSpec';
import type { ReportIntegrity } from '../domain/reports/reportIntegrity';
import type { SignatureView } from './signing';

export type { ReportIntegrity };

export interface AuditReportView {
  auditId: string;
  auditTitle: string;
  auditState: 'planned' | 'inProgress' | 'reporting' | 'closed';
  /** 0 before the report record exists. */
  version: number;
  conclusion: string;
  distribution: string[];
  page: { pageId: string; spaceKey: string; version: number; title: string; url: string | null } | null;
  /** The audit changed after the page was generated: generating again brings the page up to date. */
  stale: boolean;
  integrity: ReportIntegrity;
  /** The page's version in Confluence now (null when there is no page or it is gone). */
  currentPageVersion: number | null;
  approval: {
    pageVersion: number;
    contentHash: string;
    approvedAt: string;
    approvedByName: string;
    /** The approved storage body, kept by the app whatever happens to the page. */
    content: string;
  } | null;
  changedAfterApproval: { pageVersion: number; detectedAt: string } | null;
  /** Why the last automatic generation failed; null once a generation succeeds. */
  generationProblem: { message: string; at: string } | null;
  signatures: SignatureView[];
  /** Whether the caller may generate the page and write the conclusion (PM or the audit's lead, not approved). */
  canEdit: boolean;
  /** Whether the caller may approve it (lead auditor of the audit, not approved yet). */
  canApprove: boolean;
  /** Why it cannot be approved now (shown to the approver); empty when it can. */
  approvalBlockers: string[];
}

/** An audit's report page, its conclusion and its approval. */
export const reportResolvers = {
  generateAuditReport: resolver<AuditReportView>()({
    input: z.object({ auditId, replaceEditedPage: z.boolean().default(false) }).strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary:
      "Generate (or bring up to date) the audit's report page in the ISMS space; never overwrites an approved one.",
  }),
  getAuditReport: resolver<AuditReportView>()({
    input: z.object({ auditId }).strict(),
    access: 'anyAppRole',
    summary: 'The audit report: its page, approval and whether the page changed after approval (checked now).',
  }),
  saveAuditReportContent: resolver<AuditReportView>()({
    input: z
      .object({
        auditId,
        expectedVersion,
        conclusion: z.string().trim().min(1, 'Write the conclusion on the effectiveness of the ISMS').max(10000),
        distribution: z.array(z.string().trim().min(1, 'A recipient cannot be blank').max(200)).max(50),
      })
      .strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary: "The lead auditor's conclusion on ISMS effectiveness and the distribution list; the page follows.",
  }),
  approveAuditReport: resolver<AuditReportView>()({
    input: z
      .object({
        auditId,
        expectedVersion,
        passphrase: z.string().min(1, 'Enter your signing passphrase').max(256),
      })
      .strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary:
      'The lead auditor approves the report page as it is now, with a signature (meaning approved); it is frozen.',
  }),
} as const;
