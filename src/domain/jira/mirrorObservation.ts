import type { JiraMirror } from './trackedIssue';

/**
 * What Jira said about an issue at one moment — from an event payload or a fetch. `updated` is
 * Jira's own `updated` of that state: it orders observations, because events arrive at least once
 * and in any order, so the time they arrive says nothing.
 */
export interface IssueObservation {
  status: string;
  statusCategory: JiraMirror['statusCategory'];
  /** undefined: the source did not say (an event payload may leave fields out); the mirror keeps its own. */
  dueDate: string | null | undefined;
  assigneeId: string | null | undefined;
  updated: string;
}

/**
 * Jira's timestamps (`2026-11-24T09:00:00.000+0000`) as epoch ms. Compared as instants, never as
 * strings: the offset may differ between the payload of an event and the answer of a fetch.
 */
export function jiraInstant(timestamp: string): number {
  // ECMAScript only promises `+00:00`; Jira writes `+0000`.
  const ms = Date.parse(timestamp.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  if (Number.isNaN(ms)) throw new Error(`Not a Jira timestamp: ${timestamp}`);
  return ms;
}

export const isJiraTimestamp = (timestamp: string) => {
  try {
    jiraInstant(timestamp);
    return true;
  } catch {
    return false;
  }
};

const sameMirror = (a: JiraMirror, b: JiraMirror) =>
  a.status === b.status &&
  a.statusCategory === b.statusCategory &&
  a.dueDate === b.dueDate &&
  a.assigneeId === b.assigneeId &&
  a.updated === b.updated &&
  a.deleted === b.deleted;

export interface MirrorOutcome {
  mirror: JiraMirror;
  /** false: nothing to write (a duplicate, an older state, or an issue already deleted). */
  changed: boolean;
}

/**
 * Takes an observation into the mirror only when it is newer than what the mirror holds, so
 * duplicated and reordered deliveries converge on the newest state. An equal `updated` is the same
 * state seen twice and changes nothing. A deleted issue stays deleted (Jira never reuses an id),
 * though an update that arrives after its deletion still brings the content up to date — the
 * same mirror as if it had come first.
 */
export function observeIssue(mirror: JiraMirror | null, seen: IssueObservation): MirrorOutcome {
  if (mirror && jiraInstant(seen.updated) <= jiraInstant(mirror.updated)) return { mirror, changed: false };
  const next: JiraMirror = {
    status: seen.status,
    statusCategory: seen.statusCategory,
    dueDate: seen.dueDate === undefined ? (mirror?.dueDate ?? null) : seen.dueDate,
    assigneeId: seen.assigneeId === undefined ? (mirror?.assigneeId ?? null) : seen.assigneeId,
    updated: seen.updated,
    deleted: mirror?.deleted ?? false,
  };
  return { mirror: next, changed: !mirror || !sameMirror(mirror, next) };
}

/**
 * Marks the mirror deleted, whatever order the deletion arrives in. `lastSeen` (the fields a
 * deletion event carries) is taken like any observation — newer content wins — so a deletion that
 * overtook the issue's last update ends where in-order delivery would. Without it (the
 * reconciliation found the issue gone) the mirror keeps its last state.
 */
export function observeDeletion(mirror: JiraMirror | null, lastSeen: IssueObservation | null): MirrorOutcome | null {
  const base = lastSeen ? observeIssue(mirror, lastSeen).mirror : mirror;
  if (!base) return null;
  const next = { ...base, deleted: true };
  return { mirror: next, changed: !mirror || !sameMirror(mirror, next) };
}
