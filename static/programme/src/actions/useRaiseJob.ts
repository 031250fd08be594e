import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResolverError } from '../../../../src/contract';
import type { RaiseJobView } from '../../../../src/contract/jira';
import { callResolver } from '../../../shared/invokeClient';

/** How often a running job is read again: the bar moves about once a second, as the queue drains. */
const POLL_MS = 1000;

export interface RaiseJobState {
  /** The audit's newest findings job (running or the last one finished); null when there is none. */
  job: RaiseJobView | null;
  /** The last read of the job failed; polling goes on. */
  error: ResolverError | null;
  /** A job the page just started: poll it until it finishes. */
  follow: (job: RaiseJobView) => void;
}

/**
 * The audit's raise job. On opening (and after a reload) the audit's jobs are listed, so a running
 * one is picked up where it is; `belongs` keeps the findings' jobs (an audit's list also holds the
 * jobs that raised its corrective actions' issues). While the job runs it is read every second
 * until it finishes, then `onFinished` lets the page read the findings' issues again.
 */
export function useRaiseJob(
  auditId: string,
  belongs: (job: RaiseJobView) => boolean,
  onFinished: () => void,
): RaiseJobState {
  const [listed, setListed] = useState<RaiseJobView[]>([]);
  const [followed, setFollowed] = useState<RaiseJobView | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [beat, setBeat] = useState(0);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => {
    let live = true;
    void callResolver('listRaiseJobs', { auditId }).then((result) => {
      if (!live) return;
      if (result.ok) setListed(result.value.jobs);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [auditId]);

  const job = followed ?? listed.find(belongs) ?? null;
  const running = job !== null && !job.finished;
  const jobId = job?.jobId ?? null;
  useEffect(() => {
    if (!running || !jobId) return;
    let live = true;
    const timer = setTimeout(() => {
      void callResolver('getRaiseJob', { jobId }).then((result) => {
        if (!live) return;
        if (!result.ok) {
          // Try again on the next beat: a brief outage must not stop the bar for good.
          setError(result.error);
          setBeat((count) => count + 1);
          return;
        }
        setError(null);
        setFollowed(result.value);
        if (result.value.finished) finished.current();
      });
    }, POLL_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [running, jobId, job, beat]);

  const follow = useCallback((next: RaiseJobView) => {
    setError(null);
    setFollowed(next);
    if (next.finished) finished.current();
  }, []);

  return { job, error, follow };
}
