import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResolverError } from '../../src/contract';
import type { RaiseJobView } from '../../src/contract/jira';
import { callResolver } from './invokeClient';

/** How often a running job is read again: the bar moves about once a second, as the queue drains. */
const POLL_MS = 1000;

export interface FollowedRaiseJob {
  /** The job followed, else the one the page already knew of (`known`); null when there is none. */
  job: RaiseJobView | null;
  /** The last read of the job (or of whatever the page reports through `fail`) failed. */
  error: ResolverError | null;
  /** Follow this job as it now stands. */
  follow: (job: RaiseJobView) => void;
  /** Read a job now and follow it (a job the page just started). */
  read: (jobId: string) => Promise<void>;
  fail: (error: ResolverError) => void;
}

/**
 * A raise job (findings, corrective actions or review decisions raised in Jira) followed until it
 * finishes: while it runs it is read again every second, then `onFinished` lets the page read its
 * records again. A failed read is shown and tried again on the next beat, so a brief outage does not
 * stop the bar for good.
 */
export function useFollowedRaiseJob(onFinished: () => void, known: RaiseJobView | null = null): FollowedRaiseJob {
  const [followed, setFollowed] = useState<RaiseJobView | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [beat, setBeat] = useState(0);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  const follow = useCallback((next: RaiseJobView) => {
    setError(null);
    setFollowed(next);
    if (next.finished) finished.current();
  }, []);

  /** `wanted` says whether the answer still matters when it comes (the page may follow another job by then). */
  const readJob = useCallback(
    async (jobId: string, wanted: () => boolean = () => true) => {
      const result = await callResolver('getRaiseJob', { jobId });
      if (!wanted()) return;
      if (!result.ok) {
        setError(result.error);
        setBeat((count) => count + 1);
        return;
      }
      follow(result.value);
    },
    [follow],
  );

  const job = followed ?? known;
  const running = job !== null && !job.finished;
  const jobId = job?.jobId ?? null;
  useEffect(() => {
    if (!running || !jobId) return;
    let live = true;
    const timer = setTimeout(() => void readJob(jobId, () => live), POLL_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [running, jobId, job, beat, readJob]);

  const read = useCallback((id: string) => readJob(id), [readJob]);
  return { job, error, follow, read, fail: setError };
}
