import { useResolverQuery } from '../../../shared/useResolverQuery';
import { ReviewDueTile } from '../review/ReviewDueTile';

/**
 * The overview's management review tile, with a warning once the review is due within 30 days or
 * overdue. Quiet while loading or when it cannot be read: the Management review tab says why.
 */
export function ReviewDueNotice() {
  const { state } = useResolverQuery('getReviewPlan', {});
  return state.status === 'ok' ? <ReviewDueTile view={state.value} withWarning /> : null;
}
