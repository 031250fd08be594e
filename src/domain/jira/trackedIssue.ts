import { z } from 'zod';
import { IsoDate } from '../calendar/calendarDate';

/**
 * What an app record that lives on as a Jira issue is: a finding, a corrective action, or a
 * management review's decision (an action with an owner and a due date, 9.3.3).
 */
export const TrackedSubject = z.enum(['finding', 'correctiveAction', 'reviewDecision']);
export type TrackedSubject = z.infer<typeof TrackedSubject>;

/**
 * Where the subject's Jira issue stands:
 * - `queued`: a raise job will create it;
 * - `creating`: a create was sent and its outcome is not known (a crash, a 5xx): before creating
 *   again, search by the finding-id property — this state is what makes raising exactly once;
 * - `raised` / `linked`: it has an issue (made by the app, or an existing one linked to it);
 * - `failed`: Jira refused it (the message says why); raising again retries it;
 * - `unlinked`: it had an issue and no longer has (the history keeps which).
 */
export const TrackedIssueState = z.enum(['queued', 'creating', 'raised', 'linked', 'failed', 'unlinked']);
export type TrackedIssueState = z.infer<typeof TrackedIssueState>;
export const hasIssue = (state: TrackedIssueState) => state === 'raised' || state === 'linked';

export const JiraIssueRef = z.object({ id: z.string().min(1), key: z.string().min(1) });
export type JiraIssueRef = z.infer<typeof JiraIssueRef>;

/** The issue as the app last saw it (events and the reconciliation keep it current). */
export const JiraMirror = z.object({
  status: z.string(),
  statusCategory: z.enum(['new', 'indeterminate', 'done']),
  dueDate: IsoDate.nullable(),
  assigneeId: z.string().nullable(),
  /** Jira's `updated` of the state mirrored here: an older event never overwrites a newer one. */
  updated: z.string(),
  deleted: z.boolean().default(false),
});
export type JiraMirror = z.infer<typeof JiraMirror>;

export const TrackedIssueEvent = z.object({
  action: z.enum(['queued', 'raised', 'adopted', 'linked', 'unlinked', 'failed', 'repaired', 'deleted']),
  issueKey: z.string().nullable(),
  at: z.string(),
  by: z.string(),
  note: z.string().max(2000).nullable().default(null),
});
export type TrackedIssueEvent = z.infer<typeof TrackedIssueEvent>;

/**
 * The one record that ties a subject to its Jira issue. Its id is `trackedIssueId(subject, id)`:
 * one per subject, so the store's primary key is the unique key that stops a second issue.
 */
export const TrackedIssueRecord = z.object({
  subject: TrackedSubject,
  subjectId: z.string().min(1),
  /** The audit a finding (or a corrective action's first finding) belongs to, for listing. */
  auditId: z.string().nullable(),
  state: TrackedIssueState,
  issue: JiraIssueRef.nullable(),
  /** The raise job that last queued it. */
  jobId: z.string().nullable(),
  attempts: z.number().int().min(0),
  lastError: z.string().max(2000).nullable(),
  jira: JiraMirror.nullable(),
  history: z.array(TrackedIssueEvent),
});
export type TrackedIssueRecord = z.infer<typeof TrackedIssueRecord>;

export const trackedIssueId = (subject: TrackedSubject, subjectId: string) => `${subject}:${subjectId}`;

/** The subject and its id back from a `trackedIssueId` (subject names hold no colon; ids may). */
export function splitTrackedIssueId(id: string): [TrackedSubject, string] {
  const at = id.indexOf(':');
  return [TrackedSubject.parse(id.slice(0, at)), id.slice(at + 1)];
}

/** A subject's tracked record before anything has happened to it in Jira. */
export function untrackedIssue(
  subject: TrackedSubject,
  subjectId: string,
  auditId: string | null,
  state: TrackedIssueState,
): TrackedIssueRecord {
  return {
    subject,
    subjectId,
    auditId,
    state,
    issue: null,
    jobId: null,
    attempts: 0,
    lastError: null,
    jira: null,
    history: [],
  };
}
