import { hasIssue, type TrackedIssueRecord } from '../../jira/trackedIssue';

/** Where a finding stands as the register shows it: Jira's own words when it has an issue. */
export interface FindingStatus {
  /** Jira's status name, or the app's word for a finding without an issue ("Not raised"). */
  status: string;
  /** Not done: Jira's status category is not `done` (a finding without an issue is open). */
  open: boolean;
  issueKey: string | null;
  /** The due date Jira holds for the issue, when the app has mirrored one. */
  jiraDueDate: string | null;
}

/** The app's words for a finding whose Jira issue does not exist (yet, or any more). */
export const unraisedStatusWords = {
  none: 'Not raised',
  queued: 'Raising',
  creating: 'Raising',
  failed: 'Raise failed',
  unlinked: 'Unlinked from Jira',
  /** Raised, but no event or reconciliation has told the app its status yet. */
  unmirrored: 'Raised',
  deleted: 'Deleted in Jira',
} as const;

/**
 * A finding's status from its tracked-issue record (`finding:<id>`), or null when it has none. The
 * register reads the mirror the sync keeps, never Jira itself, so a page of macros costs no Jira call.
 * A deleted issue proves nothing was done, so its finding stays open.
 */
export function findingStatus(tracked: TrackedIssueRecord | null | undefined): FindingStatus {
  if (!tracked) return { status: unraisedStatusWords.none, open: true, issueKey: null, jiraDueDate: null };
  if (!hasIssue(tracked.state) || !tracked.issue) {
    const word = tracked.state === 'raised' || tracked.state === 'linked' ? 'none' : tracked.state;
    return { status: unraisedStatusWords[word], open: true, issueKey: null, jiraDueDate: null };
  }
  const { key } = tracked.issue;
  const mirror = tracked.jira;
  if (!mirror) return { status: unraisedStatusWords.unmirrored, open: true, issueKey: key, jiraDueDate: null };
  if (mirror.deleted) return { status: unraisedStatusWords.deleted, open: true, issueKey: key, jiraDueDate: null };
  return { status: mirror.status, open: mirror.statusCategory !== 'done', issueKey: key, jiraDueDate: mirror.dueDate };
}
