import type { ParsedInput } from '../../../contract/resolvers';
import type { ManagementReviewSummary, ManagementReviewView } from '../../../contract/review';
import { currentApproval } from '../../../domain/signing/signature';
import type { AppServices, Caller } from '../../services';
import { refreshReviewPagePrint } from './reviewPagePrint';
import { loadReview, toReviewSummary, toReviewView } from './reviewViews';

/**
 * Every management review, newest period first, with its decision count and whether the current
 * minutes are approved (a current `approved` signature; the review screen also checks its binding).
 */
export async function listManagementReviews(services: AppServices): Promise<{ reviews: ManagementReviewSummary[] }> {
  const { managementReview: reviews, reviewDecision: decisions } = await services.store.listMany([
    'managementReview',
    'reviewDecision',
  ] as const);
  const summaries: ManagementReviewSummary[] = [];
  for (const review of reviews) {
    const signatures = (await services.store.listBy('signature', 'recordId', review.id))
      .filter((s) => s.record.recordType === 'managementReview')
      .map((s) => s.record);
    const count = decisions.filter((d) => d.record.reviewId === review.id).length;
    summaries.push(toReviewSummary(review, count, currentApproval(signatures, review.version) !== null));
  }
  summaries.sort((a, b) => b.to.localeCompare(a.to) || b.from.localeCompare(a.from) || a.id.localeCompare(b.id));
  return { reviews: summaries };
}

export async function getManagementReview(
  services: AppServices,
  _caller: Caller,
  input: ParsedInput<'getManagementReview'>,
): Promise<ManagementReviewView> {
  const review = await loadReview(services, input.reviewId);
  // A decision's Jira key arrives after it was recorded (the raising job): opening the review prints it.
  await refreshReviewPagePrint(services, review);
  return toReviewView(services, review);
}
