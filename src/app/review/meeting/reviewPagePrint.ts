import { Failure } from '../../../domain/failure';
import { trackedIssueId } from '../../../domain/jira/trackedIssue';
import type { ConfluencePage } from '../../../ports/confluence';
import { placeReviewRecord, reviewRecordXhtml, type PrintedReviewRecord } from '../../pages/reviewRecordXhtml';
import { placeSignatureBlock, signatureBlockXhtml } from '../../pages/signatureBlockXhtml';
import type { AppServices } from '../../services';
import { printedSignatureBlock } from '../../signing/printedSignatures';
import { byNumber, type StoredReview } from './reviewViews';

/** The review record as the page prints it, from the store: names as recorded, else the directory's. */
export async function printedReviewRecord(services: AppServices, review: StoredReview): Promise<PrintedReviewRecord> {
  const decisions = (await services.store.listBy('reviewDecision', 'reviewId', review.id)).sort(byNumber);
  const tracked = await services.store.getMany(
    'trackedIssue',
    decisions.map((d) => trackedIssueId('reviewDecision', d.id)),
  );
  const printed: PrintedReviewRecord['decisions'][number][] = [];
  for (const { id, record } of decisions) {
    printed.push({
      number: record.number,
      type: record.type,
      text: record.text,
      ownerName: record.ownerName ?? (await services.directory.displayName(record.ownerId)),
      dueDate: record.dueDate,
      jiraKey: tracked.get(trackedIssueId('reviewDecision', id))?.record.issue?.key ?? null,
    });
  }
  return {
    version: review.version,
    heldOn: review.record.heldOn,
    attendees: review.record.attendees,
    minutes: review.record.minutes,
    decisions: printed,
    conclusion: review.record.conclusion ?? null,
  };
}

/**
 * Prints the meeting record (and the minutes' signature block, when signed) on the review's page,
 * after the meeting or a decision was recorded and when the review is opened (a decision's Jira key
 * arrives later, from the raising job). Both blocks are rebuilt from the records each time and
 * written in one page version only when the page would change, so a write that failed is made by
 * the next one and nothing is lost in between. The record stands whatever Confluence does: a page
 * that cannot be written is logged, never an error for the person who saved the record.
 */
export async function refreshReviewPagePrint(services: AppServices, review: StoredReview): Promise<void> {
  if (!review.record.page) return;
  try {
    const recordXhtml = reviewRecordXhtml(await printedReviewRecord(services, review));
    const signed = await printedSignatureBlock(services, 'managementReview', review.id);
    const signaturesXhtml = signed ? signatureBlockXhtml(signed.block) : null;
    const pages = services.confluence.asApp();
    let page: ConfluencePage | null = await pages.getPage(review.record.page.pageId);
    for (let attempt = 1; page; attempt += 1) {
      const withRecord = placeReviewRecord(page.storage, recordXhtml);
      const storage = signaturesXhtml ? placeSignatureBlock(withRecord, signaturesXhtml) : withRecord;
      if (storage === page.storage) return;
      try {
        await pages.updatePage({
          pageId: page.id,
          title: page.title,
          storage,
          version: page.version + 1,
          message: 'Meeting record written by the ISO 27001 audit app',
        });
        return;
      } catch (error) {
        // A rival save in between (Confluence's 409): read the page again and retry once.
        if (!(error instanceof Failure) || error.code !== 'conflict' || attempt >= 2) throw error;
        page = await pages.getPage(page.id);
      }
    }
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    console.warn(`refreshReviewPagePrint: the record of review ${review.id} was not printed: ${error.message}`);
  }
}
