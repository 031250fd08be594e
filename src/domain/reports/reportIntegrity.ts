import { createHash } from 'node:crypto';
import { withoutSignatureBlock } from '../signing/signatureBlock';
import type { AuditReportRecord, ReportChange } from './auditReport';

/** Where an audit report stands against its approval. */
export type ReportIntegrity =
  /** Not approved yet: the page may still change. */
  | 'draft'
  /** Approved, and the page still says what was approved. */
  | 'approved'
  /** Approved, then edited in Confluence: the approved content is kept in the app. */
  | 'changedAfterApproval'
  /** Approved, and the page is gone or the app cannot read it. */
  | 'pageMissing';

/** SHA-256 (hex) of a page's storage body: what an approval binds and a later check compares. */
export function reportContentHash(storage: string): string {
  return createHash('sha256').update(storage, 'utf8').digest('hex');
}

/** The report page as Confluence has it now; null when it is gone or hidden from the app. */
export interface ReportPageNow {
  version: number;
  storage: string;
}

export interface IntegrityCheck {
  integrity: ReportIntegrity;
  /** A change seen for the first time now, to record on the report; null when there is nothing new to record. */
  firstDetection: ReportChange | null;
}

/**
 * Compares the page now, without the app's signature block, with the approved version. Only a later
 * version whose content differs is a change: Confluence bumps the version for a save without edits (or a restore of the same text), and
 * that changes nothing that was approved. The first detection is recorded once; later checks keep it.
 */
export function checkReportIntegrity(
  report: Pick<AuditReportRecord, 'approval' | 'changedAfterApproval'>,
  page: ReportPageNow | null,
  now: string,
): IntegrityCheck {
  const { approval } = report;
  if (!approval) return { integrity: 'draft', firstDetection: null };
  if (!page) return { integrity: 'pageMissing', firstDetection: null };
  // The signature block the app writes after approval is not part of what was approved.
  const contentHash = reportContentHash(withoutSignatureBlock(page.storage));
  const changed = page.version > approval.pageVersion && contentHash !== approval.contentHash;
  if (!changed) return { integrity: 'approved', firstDetection: null };
  return {
    integrity: 'changedAfterApproval',
    firstDetection: report.changedAfterApproval ? null : { pageVersion: page.version, contentHash, detectedAt: now },
  };
}

/**
 * What a list shows without asking Confluence: the last recorded state. A page found changed once
 * stays marked (the record keeps the first detection) until someone looks at the report again.
 */
export function recordedIntegrity(
  report: Pick<AuditReportRecord, 'approval' | 'changedAfterApproval'>,
): ReportIntegrity {
  if (!report.approval) return 'draft';
  return report.changedAfterApproval ? 'changedAfterApproval' : 'approved';
}
