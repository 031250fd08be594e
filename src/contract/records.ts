import type { TrailEntry } from '../domain/trail/trailEntry';
import type { TrailVerdict } from '../domain/trail/verifyTrail';
import type { SignatureView } from './signing';

export interface TrailPage {
  entries: TrailEntry[];
  /** Pass as `afterSeq` for the next page; null on the last. */
  nextAfterSeq: number | null;
}

/**
 * The complete, inspection-ready record of a scope (today the programme; audits join as later
 * issues add them): every record with its version and who changed it last, every signature as
 * shown to people, the trail entries of those records, and the trail's integrity verdict. The
 * shape is fixed: later issues add sections, never change these.
 */
export interface RecordExport {
  format: 'iso27001-audit-record';
  formatVersion: 1;
  exportedAt: string;
  exportedBy: { accountId: string; displayName: string };
  scope: { type: 'programme' | 'audit'; id: string; title: string };
  records: Array<{ type: string; id: string; version: number; updatedAt: string; updatedBy: string; content: unknown }>;
  signatures: SignatureView[];
  trail: TrailEntry[];
  trailVerdict: TrailVerdict;
  /**
   * Each approved audit report as it was approved: the page's storage body (kept by the app, whatever
   * happened to the page since), its hash, who approved it and the approval's signatures.
   */
  auditReports?: ApprovedReportExport[];
}

export interface ApprovedReportExport {
  auditId: string;
  auditTitle: string;
  pageId: string;
  pageVersion: number;
  /** SHA-256 of `content`. */
  contentHash: string;
  /** The approved storage-format body. */
  content: string;
  approvedBy: string;
  approvedByName: string;
  approvedAt: string;
  /** Set when the page was found edited in Confluence after approval. */
  changedAfterApproval: { pageVersion: number; detectedAt: string } | null;
  signatures: SignatureView[];
}
