import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResolverError } from '../../../../src/contract';
import type { RaiseJobView } from '../../../../src/contract/jira';
import { callResolver } from '../../../shared/invokeClient';

/** How often a running job is read again: the bar moves about once a second, as the queue drains. */
const POLL_MS = 1000;

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
  const [job, setJob] = useState<RaiseJobView | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [isStarting, setStarting] = useState(false);
  const [beat, setBeat] = useState(0);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  const follow = useCallback(async (jobId: string) => {
    const result = await callResolver('getRaiseJob', { jobId });
    if (!result.ok) {
      // Try again on the next beat: a brief outage must not stop the bar for good.
      setError(result.error);
      setBeat((count) => count + 1);
      return;
    }
    setError(null);
    setJob(result.value);
    if (result.value.finished) finished.current();
  }, []);

  const running = job !== null && !job.finished;
  const jobId = job?.jobId ?? null;
  useEffect(() => {
    if (!running || !jobId) return;
    const timer = setTimeout(() => void follow(jobId), POLL_MS);
    return () => clearTimeout(timer);
  }, [running, jobId, job, beat, follow]);

  const start = useCallback(async () => {
    setStarting(true);
    const result = await callResolver('raiseReviewDecisions', { reviewId });
    if (!result.ok) {
      setStarting(false);
      setError(result.error);
      return;
    }
    await follow(result.value.jobId);
    setStarting(false);
  }, [reviewId, follow]);

  return { job, error, isStarting, start };
}
