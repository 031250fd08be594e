import { jiraIssuePath } from '../links/siteLinks';
import { hasIssue, type TrackedIssueEvent, type TrackedIssueRecord } from './trackedIssue';

/** The history keeps this many events; the oldest raise/link events are what matter and come first. */
const historyLimit = 100;

/** The record with one more event in its history (raised, adopted, linked, failed, …). */
export function withEvent(record: TrackedIssueRecord, event: TrackedIssueEvent): TrackedIssueRecord {
  const history = [...record.history, event];
  return {
    ...record,
    history: history.length > historyLimit ? [history[0]!, ...history.slice(-historyLimit + 1)] : history,
  };
}

/**
 * Where people open the issue: its current key's view, site-relative. The host noted in the history
 * (from Jira's `self` URL) is not used: it is the REST API's host, which need not be the one people
 * browse (and is not, on an emulated site); the frame puts the path on the site it is shown on.
 */
export function issueBrowseUrl(record: TrackedIssueRecord): string | null {
  return record.issue && hasIssue(record.state) ? jiraIssuePath(record.issue.key) : null;
}

export interface RaiseProgress {
  done: number;
  failed: number;
  remaining: number;
  finished: boolean;
}

/**
 * A job's progress from its subjects' current states: done (raised or linked), failed (Jira
 * refused, or retries ran out), and the rest still to go.
 */
export function raiseProgress(total: number, states: ReadonlyArray<TrackedIssueRecord['state']>): RaiseProgress {
  const done = states.filter(hasIssue).length;
  const failed = states.filter((state) => state === 'failed').length;
  const remaining = Math.max(0, total - done - failed);
  return { done, failed, remaining, finished: remaining === 0 };
}

/** Which subjects are waiting on a raise that is still under way (and must not be queued twice). */
export function isRaiseUnderWay(
  record: Pick<TrackedIssueRecord, 'state'>,
  updatedAt: string,
  now: Date,
  staleAfterMs = 60 * 60 * 1000,
): boolean {
  if (record.state !== 'queued' && record.state !== 'creating') return false;
  // A queue event lost for good (the platform gave up on it) would pin the subject for ever; after
  // an hour without a change it may be queued again (`creating` is kept, so that job looks first).
  return now.getTime() - Date.parse(updatedAt) < staleAfterMs;
}
