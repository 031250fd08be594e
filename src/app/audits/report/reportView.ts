import type { AuditReportView } from '../../../contract/reports';
import type { ParsedInput } from '../../../contract/resolvers';
import { Failure } from '../../../domain/failure';
import { approvalBlockers } from '../../../domain/reports/reportApproval';
import { checkReportIntegrity, recordedIntegrity, type ReportIntegrity } from '../../../domain/reports/reportIntegrity';
import type { AuditReportRecord, ReportChange } from '../../../domain/reports/auditReport';
import type { ConfluencePage } from '../../../ports/confluence';
import type { StoredRecord } from '../../../ports/recordStore';
import { loadAudit, mayActOnAudit } from '../../access/auditAccess';
import { confluencePagePath } from '../../../domain/links/siteLinks';
import type { AppServices, Caller } from '../../services';
import { signatureBlockPattern } from '../../../domain/signing/signatureBlock';
import { refreshPrintedSignatures } from '../../signing/printedSignatures';
import { signaturesOf } from '../../signing/signatures';
import { isReportApprover, loadReport, reportOf, saveReport } from './reportRecords';
import { renderReportFor } from './reportRender';
import { reportStepBlockersOf } from '../stepFacts';

/** Who records a change the app noticed on its own (not the person who happened to look). */
export const integrityActor = 'app:report-integrity';

/** The page as Confluence has it now: null when gone or hidden, 'unreadable' when Confluence did not answer. */
async function pageNow(services: AppServices, pageId: string): Promise<ConfluencePage | null | 'unreadable'> {
  try {
    return await services.confluence.asApp().getPage(pageId);
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    console.warn(`auditReport: page ${pageId} could not be read: ${error.message}`);
    return 'unreadable';
  }
}

/** Records the first detection of a change; a rival view that recorded it first is as good. */
async function recordDetection(
  services: AppServices,
  stored: StoredRecord<AuditReportRecord>,
  change: ReportChange,
): Promise<StoredRecord<AuditReportRecord> | null> {
  try {
    return await saveReport(
      services,
      integrityActor,
      stored.id,
      stored,
      { ...stored.record, changedAfterApproval: change },
      `The approved report page was changed in Confluence: version ${change.pageVersion} differs from approved version ${stored.record.approval?.pageVersion}`,
    );
  } catch (error) {
    if (!(error instanceof Failure) || error.code !== 'conflict') throw error;
    return loadReport(services, stored.id);
  }
}

/**
 * The report as the section shows it, with its integrity checked now against Confluence: a page
 * changed after approval is recorded the first time it is seen (trailed), and the approved content
 * stays what the record holds.
 */
export async function reportView(services: AppServices, caller: Caller, auditId: string): Promise<AuditReportView> {
  const audit = await loadAudit(services, auditId);
  let stored = await loadReport(services, auditId);
  const report = reportOf(auditId, stored);
  const page = report.page ? await pageNow(services, report.page.pageId) : null;
  const readable = page === 'unreadable' ? null : page;

  let integrity: ReportIntegrity = recordedIntegrity(report);
  let detected = false;
  if (page !== 'unreadable') {
    const check = checkReportIntegrity(report, page, services.clock.now().toISOString());
    integrity = check.integrity;
    if (check.firstDetection && stored) {
      stored = await recordDetection(services, stored, check.firstDetection);
      detected = true;
    }
  }
  const current = reportOf(auditId, stored);
  // The page's signature block is rewritten when a change supersedes the approval, and written again
  // when it is missing (its write failed after the signing, or someone removed it in Confluence).
  if (current.approval && readable && (detected || !signatureBlockPattern.test(readable.storage))) {
    await refreshPrintedSignatures(services, 'auditReport', auditId);
  }
  const stale =
    !current.approval && current.page !== null
      ? (await renderReportFor(services, audit, current)).contentHash !== current.generatedContentHash
      : false;

  const { signatures } = await signaturesOf(services, { recordType: 'auditReport', recordId: auditId });
  const approval = current.approval;
  const approvalSigned =
    approval !== null && signatures.some((s) => s.meaning === 'approved' && s.signerAccountId === approval.approvedBy);
  const reportingOver = audit.record.state === 'reporting' || audit.record.state === 'closed';
  const manage = await mayActOnAudit(services, caller, audit.record, 'manage');
  const approver = await isReportApprover(services, caller, audit.record);
  return {
    auditId,
    auditTitle: audit.record.plan.title,
    auditState: audit.record.state,
    version: stored?.version ?? 0,
    conclusion: current.conclusion,
    distribution: current.distribution,
    page: current.page
      ? {
          pageId: current.page.pageId,
          spaceKey: current.page.spaceKey,
          version: current.page.version,
          title: current.page.title,
          url: readable ? confluencePagePath(current.page) : null,
        }
      : null,
    stale,
    integrity,
    currentPageVersion: readable?.version ?? null,
    approval: approval
      ? {
          pageVersion: approval.pageVersion,
          contentHash: approval.contentHash,
          approvedAt: approval.approvedAt,
          approvedByName: await services.directory.displayName(approval.approvedBy),
          content: approval.content,
        }
      : null,
    changedAfterApproval: current.changedAfterApproval
      ? { pageVersion: current.changedAfterApproval.pageVersion, detectedAt: current.changedAfterApproval.detectedAt }
      : null,
    generationProblem: current.generationProblem,
    signatures,
    canEdit: manage && reportingOver && !approval,
    canApprove: approver && (!approval || (!approvalSigned && approval.approvedBy === caller.accountId)),
    approvalBlockers: approval
      ? []
      : [
          ...(await reportStepBlockersOf(services, audit)),
          ...approvalBlockers({
            auditState: audit.record.state,
            conclusion: current.conclusion,
            generatedPageVersion: current.page?.version ?? null,
            currentPageVersion: page === 'unreadable' ? (current.page?.version ?? null) : (page?.version ?? null),
            stale,
          }),
        ],
  };
}

/** getAuditReport: anyone with an app role reads a report; the page is checked against its approval now. */
export async function getAuditReport(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'getAuditReport'>,
): Promise<AuditReportView> {
  return reportView(services, caller, input.auditId);
}
