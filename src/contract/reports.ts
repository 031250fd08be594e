import type { SignatureView } from './signing';

/** Where an audit report stands against its approval. */
export type ReportIntegrity =
  /** Not approved yet: the page may still change. */
  | 'draft'
  /** Approved, and the page is still the approved version (same version, same content hash). */
  | 'approved'
  /** Approved, then edited in Confluence: the approved content is kept in the app. */
  | 'changedAfterApproval'
  /** Approved, and the page is gone or the app cannot read it. */
  | 'pageMissing';

export interface AuditReportView {
  auditId: string;
  auditTitle: string;
  /** 0 before the report record exists. */
  version: number;
  conclusion: string;
  distribution: string[];
  page: { pageId: string; spaceKey: string; version: number; title: string; url: string | null } | null;
  /** The audit changed after the page was generated: generating again brings the page up to date. */
  stale: boolean;
  integrity: ReportIntegrity;
  approval: {
    pageVersion: number;
    contentHash: string;
    approvedAt: string;
    approvedByName: string;
  } | null;
  changedAfterApproval: { pageVersion: number; detectedAt: string } | null;
  signatures: SignatureView[];
  /** Whether the caller may approve it (lead auditor of the audit, not approved yet). */
  canApprove: boolean;
}
