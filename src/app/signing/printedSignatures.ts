import {
  approvalSuperseded,
  signatureBlockOf,
  utcDateTime,
  type RecordChangeSinceApproval,
  type SignatureBlock,
} from '../../domain/signing/signatureBlock';
import { Failure } from '../../domain/failure';
import type { ConfluencePage, ConfluencePages } from '../../ports/confluence';
import { placeSignatureBlock, signatureBlockXhtml } from '../pages/signatureBlockXhtml';
import type { SignatureView } from '../../contract/signing';
import type { AppServices, Caller } from '../services';
import { signaturesOf, signRecord, type SignCommand } from './signatures';

/**
 * The records whose Confluence page is printed and shown to inspectors, so their page carries the
 * signature block (21 CFR 11.50(b)): the audit report and the management review. Other signed
 * records are printed through the programme record export, which lists their signatures.
 */
type PrintedRecord = 'auditReport' | 'managementReview';

const isPrinted = (recordType: string): recordType is PrintedRecord =>
  recordType === 'auditReport' || recordType === 'managementReview';

/** The page a printed record was written to, and what changed since its approval, if anything. */
interface PrintedPage {
  pageId: string;
  change: RecordChangeSinceApproval | null;
  unsignedNote: string;
}

async function printedPageOf(
  services: AppServices,
  recordType: PrintedRecord,
  recordId: string,
  superseded: boolean,
): Promise<PrintedPage | null> {
  if (recordType === 'auditReport') {
    const report = (await services.store.get('auditReport', recordId))?.record;
    if (!report?.page) return null;
    const edited = report.changedAfterApproval;
    return {
      pageId: report.page.pageId,
      unsignedNote: 'Not approved: the lead auditor has not signed this report.',
      change:
        edited && report.approval
          ? {
              what: 'This report page',
              detail: `Confluence version ${edited.pageVersion} differs from the approved version ${report.approval.pageVersion} (found ${utcDateTime(edited.detectedAt)})`,
              consequence: 'The approved content is kept in the audit app and printed in the programme record export.',
            }
          : null,
    };
  }
  const stored = await services.store.get('managementReview', recordId);
  if (!stored?.record.page) return null;
  return {
    pageId: stored.record.page.pageId,
    unsignedNote: 'Not approved: top management has not signed the minutes of this review.',
    change: superseded
      ? {
          what: 'The meeting record (when held, attendees, minutes)',
          detail: `it is now at version ${stored.version}, the approval was given to an earlier version`,
          consequence: 'The minutes are not approved until top management signs them again.',
        }
      : null,
  };
}

/**
 * Writes the block to the page when it says something new: read the page, put the block in, write
 * one new version. A rival save in between (Confluence's 409) is read again and retried once.
 */
async function writeBlock(pages: ConfluencePages, page: ConfluencePage, blockXhtml: string): Promise<boolean> {
  let current: ConfluencePage | null = page;
  for (let attempt = 1; current; attempt += 1) {
    const storage = placeSignatureBlock(current.storage, blockXhtml);
    if (storage === current.storage) return false;
    try {
      await pages.updatePage({
        pageId: current.id,
        title: current.title,
        storage,
        version: current.version + 1,
        message: 'Signature block written by the ISO 27001 audit app',
      });
      return true;
    } catch (error) {
      if (!(error instanceof Failure) || error.code !== 'conflict' || attempt >= 2) throw error;
      current = await pages.getPage(current.id);
    }
  }
  return false;
}

/** The block a printed record's page should carry now, from its signature records. */
export async function printedSignatureBlock(
  services: AppServices,
  recordType: string,
  recordId: string,
): Promise<{ pageId: string; block: SignatureBlock } | null> {
  if (!isPrinted(recordType)) return null;
  const { signatures } = await signaturesOf(services, { recordType, recordId });
  // A record nobody signed keeps its page as written: the block appears with the first signature.
  if (signatures.length === 0) return null;
  const printed = await printedPageOf(services, recordType, recordId, approvalSuperseded(signatures));
  if (!printed) return null;
  return { pageId: printed.pageId, block: signatureBlockOf(signatures, printed.change, printed.unsignedNote) };
}

/**
 * Brings the signature block on a printed record's page up to date, after a signature was added or
 * superseded. The signature (or the change) is already stored and stands whatever Confluence does:
 * a page that cannot be written is logged and the next signing, change or report view writes it
 * again (the block is rebuilt from the records each time, so nothing is lost in between).
 */
export async function refreshPrintedSignatures(
  services: AppServices,
  recordType: string,
  recordId: string,
): Promise<void> {
  try {
    const printed = await printedSignatureBlock(services, recordType, recordId);
    if (!printed) return;
    const pages = services.confluence.asApp();
    const page = await pages.getPage(printed.pageId);
    if (page) await writeBlock(pages, page, signatureBlockXhtml(printed.block));
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    console.warn(
      `refreshPrintedSignatures: the signature block of ${recordType} ${recordId} was not written: ${error.message}`,
    );
  }
}

/** The signRecord resolver: the signature first (it stands on its own), then the printed page's block. */
export async function signPrintedRecord(
  services: AppServices,
  caller: Caller,
  command: SignCommand,
): Promise<SignatureView> {
  const signature = await signRecord(services, caller, command);
  await refreshPrintedSignatures(services, command.recordType, command.recordId);
  return signature;
}
