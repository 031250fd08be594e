import type { ParsedInput } from '../../../contract/resolvers';
import type { ManagementReviewView } from '../../../contract/review';
import { conflict, Failure } from '../../../domain/failure';
import { reviewDecisionId, type ReviewDecisionRecord } from '../../../domain/review/managementReview';
import { requireJiraSettings } from '../../jira/savedSettings';
import { startRaiseJob } from '../../jira/raiseJobs';
import type { AppServices, Caller } from '../../services';
import { refreshReviewPagePrint } from './reviewPagePrint';
import { loadReview, toReviewView } from './reviewViews';

/** Two people adding decisions at once each get a number; more racing than this is not a meeting. */
const numberAttempts = 5;

/**
 * Records a decision of the review (9.3.3) with its owner and due date, numbered 1, 2, 3… The
 * number is the next free one; the store's create (no record before) is the unique claim on it,
 * so a decision added at the same moment by someone else takes the next number, never this one's.
 */
export async function addReviewDecision(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'addReviewDecision'>,
): Promise<ManagementReviewView> {
  const review = await loadReview(services, input.reviewId);
  const existing = await services.store.listBy('reviewDecision', 'reviewId', review.id);
  let number = existing.reduce((highest, d) => Math.max(highest, d.record.number), 0) + 1;
  const ownerName = await services.directory.displayName(input.ownerId);
  for (let attempt = 1; ; attempt += 1) {
    const now = services.clock.now();
    const record: ReviewDecisionRecord = {
      reviewId: review.id,
      number,
      type: input.type,
      text: input.text,
      ownerId: input.ownerId,
      ownerName,
      dueDate: input.dueDate,
      recordedBy: caller.accountId,
      recordedAt: now.toISOString(),
    };
    try {
      await services.store.apply({
        entity: 'reviewDecision',
        id: reviewDecisionId(review.id, number),
        before: null,
        after: record,
        actor: caller.accountId,
        at: now,
      });
      break;
    } catch (error) {
      if (!(error instanceof Failure) || error.code !== 'conflict' || attempt >= numberAttempts) throw error;
      number += 1;
    }
  }
  await refreshReviewPagePrint(services, review);
  return toReviewView(services, await loadReview(services, review.id));
}

/**
 * Raises the review's decisions as Jira action issues through the one raising path of findings
 * and corrective actions: each decision's tracked record is the unique key that stops a second
 * issue, and a create whose answer was lost is found again by the `reviewDecisionId` property.
 * Decisions that already have an issue (or are being raised) are left out.
 */
export async function raiseReviewDecisions(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'raiseReviewDecisions'>,
): Promise<{ jobId: string }> {
  const review = await loadReview(services, input.reviewId);
  await requireJiraSettings(services);
  const decisions = await services.store.listBy('reviewDecision', 'reviewId', review.id);
  if (decisions.length === 0) throw conflict('Nothing to raise: this review has no decisions yet', 'reviewId');
  return startRaiseJob(
    services,
    caller,
    decisions.map((d) => ({ subject: 'reviewDecision' as const, subjectId: d.id, auditId: null })),
    null,
  );
}
