import { useEffect, useState } from 'react';
import type { ResolverError } from '../../../../src/contract';
import type { RaiseJobView } from '../../../../src/contract/jira';
import { callResolver } from '../../../shared/invokeClient';
import { useFollowedRaiseJob } from '../../../shared/useFollowedRaiseJob';

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
  const { job, error, follow, fail } = useFollowedRaiseJob(onFinished, listed.find(belongs) ?? null);

  useEffect(() => {
    let live = true;
    void callResolver('listRaiseJobs', { auditId }).then((result) => {
      if (!live) return;
      if (result.ok) setListed(result.value.jobs);
      else fail(result.error);
    });
    return () => {
      live = false;
    };
  }, [auditId, fail]);

  return { job, error, follow };
}
