import type { AuditReportView } from '../../../contract/reports';
import type { ParsedInput } from '../../../contract/resolvers';
import { conflict, forbidden } from '../../../domain/failure';
import type { AuditReportRecord } from '../../../domain/reports/auditReport';
import { approvalBlockers } from '../../../domain/reports/reportApproval';
import { reportContentHash } from '../../../domain/reports/reportIntegrity';
import type { StoredRecord } from '../../../ports/recordStore';
import { loadAudit } from '../../access/auditAccess';
import { expectVersion } from '../../expectVersion';
import type { AppServices, Caller } from '../../services';
import { checkSigner } from '../../signing/credentials';
import { refreshPrintedSignatures } from '../../signing/printedSignatures';
import { signaturesOf, requireSigningRole, writeSignature } from '../../signing/signatures';
import { isReportApprover, loadReport, saveReport } from './reportRecords';
import { renderReportFor } from './reportRender';
import { reportView } from './reportView';
import { reportStepBlockersOf } from '../stepFacts';
import { evidenceBlockersOf } from '../evidenceChecks';

/** The caller's approval written but not signed yet (a crash between the two): a retry only signs it. */
async function unsignedApprovalOf(
  services: AppServices,
  caller: Caller,
  stored: StoredRecord<AuditReportRecord>,
): Promise<boolean> {
  if (stored.record.approval?.approvedBy !== caller.accountId) return false;
  const { signatures } = await signaturesOf(services, { recordType: 'auditReport', recordId: stored.id });
  return !signatures.some((s) => s.meaning === 'approved' && s.signerAccountId === caller.accountId);
}

/**
 * The lead auditor approves the report page as Confluence has it now, with a signature meaning
 * `approved` (21 CFR 11.50/11.70). The order keeps it safe without transactions, as a verification
 * does: every check, then the passphrase (a wrong one writes nothing to the report), then the
 * approval on the report record — the page version, its storage body and that body's SHA-256 —
 * then the signature bound to that record version. A retry after a crash in between only signs.
 */
export async function approveAuditReport(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'approveAuditReport'>,
): Promise<AuditReportView> {
  const now = services.clock.now();
  const audit = await loadAudit(services, input.auditId);
  const { title } = audit.record.plan;
  await requireSigningRole(services, caller, 'auditReport', 'approved');
  if (!(await isReportApprover(services, caller, audit.record))) {
    throw forbidden(`Only the lead auditor of "${title}" approves its report`);
  }
  const stored = await loadReport(services, audit.id);
  expectVersion(stored, input.expectedVersion, 'The audit report');
  if (!stored) throw conflict(`Write the conclusion and generate the report of "${title}" first`, 'auditId');

  if (stored.record.approval) {
    if (!(await unsignedApprovalOf(services, caller, stored))) {
      throw conflict(`The report of "${title}" is already approved`, 'auditId');
    }
    const signer = await checkSigner(
      services,
      caller,
      { recordType: 'auditReport', recordId: stored.id, recordVersion: stored.version, meaning: 'approved' },
      input.passphrase,
      now,
    );
    await writeSignature(services, signer, stored);
    await refreshPrintedSignatures(services, 'auditReport', stored.id);
    return reportView(services, caller, audit.id);
  }

  const report = stored.record;
  const page = report.page ? await services.confluence.asApp().getPage(report.page.pageId) : null;
  const stale = report.page
    ? (await renderReportFor(services, audit, report)).contentHash !== report.generatedContentHash
    : false;
  const blockers = [
    ...(await reportStepBlockersOf(services, audit)),
    ...(await evidenceBlockersOf(services, audit.id)),
    ...approvalBlockers({
      auditState: audit.record.state,
      conclusion: report.conclusion,
      generatedPageVersion: report.page?.version ?? null,
      currentPageVersion: page?.version ?? null,
      stale,
    }),
  ];
  if (blockers.length > 0 || !page) throw conflict(blockers.join('; '), 'auditId');

  const signer = await checkSigner(
    services,
    caller,
    { recordType: 'auditReport', recordId: stored.id, recordVersion: stored.version + 1, meaning: 'approved' },
    input.passphrase,
    now,
  );
  const approved = await saveReport(
    services,
    caller.accountId,
    audit.id,
    stored,
    {
      ...report,
      approval: {
        pageId: page.id,
        pageVersion: page.version,
        contentHash: reportContentHash(page.storage),
        content: page.storage,
        approvedBy: caller.accountId,
        approvedAt: now.toISOString(),
      },
      changedAfterApproval: null,
    },
    `Report approved: page ${page.id} version ${page.version}`,
  );
  await writeSignature(services, signer, approved);
  // The signature block goes on the page after the approved version: the approval binds the page
  // as it was read, and the block is never part of what it binds (withoutSignatureBlock).
  await refreshPrintedSignatures(services, 'auditReport', approved.id);
  return reportView(services, caller, audit.id);
}
