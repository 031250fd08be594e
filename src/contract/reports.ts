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
