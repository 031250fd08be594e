import type { AuditState } from './auditState';
import { minExplanationLength } from './auditState';
import {
  findingGradeTitles,
  type FindingContent,
  type FindingRecord,
  type FindingRevision,
  type RevisionKind,
} from './finding';

/**
 * A finding is evidence of what the auditors concluded: once recorded it is never edited in place.
 * Until the report is approved the lead may correct it, regrade it or withdraw it, each with a
 * written reason; the record keeps every earlier content (and the trail every version).
 */
export const revisionKindTitles: Record<RevisionKind, string> = {
  corrected: 'corrected',
  regraded: 'regraded',
  withdrawn: 'withdrawn',
};

/** What the lead asks for: new content (a correction, or a regrade when the grade differs), or a withdrawal. */
export type FindingChange = { kind: 'revise'; content: FindingContent } | { kind: 'withdraw' };

export interface RevisionContext {
  title: string;
  auditState: AuditState;
  reportApproved: boolean;
  withdrawn: boolean;
  /** A Jira issue exists (or is being raised) for the finding: its content went out already. */
  hasJiraIssue: boolean;
  reason: string;
}

/** The kind of change `change` makes to a finding whose content is `current`, or null when it changes nothing. */
export function revisionKind(current: FindingContent, change: FindingChange): RevisionKind | null {
  if (change.kind === 'withdraw') return 'withdrawn';
  if (change.content.grade !== current.grade) return 'regraded';
  const same = (Object.keys(current) as Array<keyof FindingContent>).every(
    (key) => current[key] === change.content[key],
  );
  return same ? null : 'corrected';
}

/**
 * Why the finding cannot be changed now, in plain words, or null. Findings change while the audit
 * is in progress or reporting and its report is not approved (then it is frozen), never once
 * withdrawn, never behind the back of their Jira issue, and always with a written reason.
 */
export function revisionBlocker(context: RevisionContext): string | null {
  const { title } = context;
  if (context.auditState !== 'inProgress' && context.auditState !== 'reporting') {
    return `"${title}" is ${context.auditState === 'planned' ? 'planned' : 'closed'}: findings change during fieldwork and reporting only`;
  }
  if (context.reportApproved) return `The report of "${title}" is approved: its findings are frozen`;
  if (context.withdrawn) return 'The finding is withdrawn: a withdrawn finding stays as it was';
  if (context.hasJiraIssue) {
    return 'The finding has its Jira issue already: it is changed there, through its corrective action';
  }
  if (context.reason.trim().length < minExplanationLength) {
    return `Give the reason for the change (at least ${minExplanationLength} characters)`;
  }
  return null;
}

/** The finding after the change: the new content (or the withdrawal) with the earlier content kept. */
export function revisedFinding(
  finding: FindingRecord,
  change: FindingChange,
  revision: { reason: string; by: string; at: string },
): FindingRecord {
  const kind = revisionKind(finding.content, change);
  if (kind === null) return finding;
  const entry: FindingRevision = { kind, ...revision, reason: revision.reason.trim(), previous: finding.content };
  return {
    ...finding,
    content: change.kind === 'revise' ? change.content : finding.content,
    withdrawn: kind === 'withdrawn' || finding.withdrawn === true,
    revisions: [...(finding.revisions ?? []), entry],
  };
}

/**
 * The finding's history in plain words, oldest first: each change with its day, what it did and
 * why. A regrade names both grades (the grade after a change is the next one's `previous`).
 */
export function findingHistory(finding: Pick<FindingRecord, 'content' | 'revisions'>): string[] {
  const revisions = finding.revisions ?? [];
  return revisions.map((revision, index) => {
    const when = revision.at.slice(0, 10);
    if (revision.kind !== 'regraded') return `${when}: ${revisionKindTitles[revision.kind]}: ${revision.reason}`;
    const after = (revisions[index + 1]?.previous ?? finding.content).grade;
    const from = findingGradeTitles[revision.previous.grade];
    return `${when}: regraded from ${from} to ${findingGradeTitles[after]}: ${revision.reason}`;
  });
}
