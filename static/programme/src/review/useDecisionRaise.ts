import { useCallback, useState } from 'react';
import type { ResolverError } from '../../../../src/contract';
import type { RaiseJobView } from '../../../../src/contract/jira';
import { callResolver } from '../../../shared/invokeClient';
import { useFollowedRaiseJob } from '../../../shared/useFollowedRaiseJob';

export interface DecisionRaise {
  /** The job this page started (null before "Raise decisions in Jira"). */
  job: RaiseJobView | null;
  /** Starting the job, or the last read of it, failed. */
  error: ResolverError | null;
  isStarting: boolean;
  start: () => Promise<void>;
}

/**
 * Raises a review's decisions as Jira action issues and follows the queued job until it finishes,
 * then `onFinished` reads the review again (each decision then shows its issue key). The job
 * itself lives in the store: a reload shows each decision's issue state from the review's view.
 */
export function useDecisionRaise(reviewId: string, onFinished: () => void): DecisionRaise {
  const { job, error, read, fail } = useFollowedRaiseJob(onFinished);
  const [isStarting, setStarting] = useState(false);

  const start = useCallback(async () => {
    setStarting(true);
    const result = await callResolver('raiseReviewDecisions', { reviewId });
    if (!result.ok) {
      setStarting(false);
      fail(result.error);
      return;
    }
    await read(result.value.jobId);
    setStarting(false);
  }, [reviewId, read, fail]);

  return { job, error, isStarting, start };
}
