import type { EvidenceReference } from './evidence';
import { sha256Hex } from './evidenceFile';

/**
 * Whether evidence still shows what was collected. `changed` and `missing` are flagged to people
 * and block the report's approval: evidence is never silently taken as it stands now.
 * `notFingerprinted` is evidence with nothing to compare (an interview, a web address, or a Jira
 * issue recorded by key only: before fingerprints, or by someone who could not see it); it reads as
 * before, with no check shown.
 */
export type EvidenceCheckOutcome = 'unchanged' | 'changed' | 'missing' | 'notFingerprinted';

/** The key fields of a Jira issue that its fingerprint covers. */
export interface JiraIssueFields {
  key: string;
  summary: string;
  status: string;
  assigneeId: string | null;
  dueDate: string | null;
}

/** The SHA-256 of the issue's key fields, in a fixed order so the same fields give the same hash. */
export const jiraFieldsSha256 = (fields: JiraIssueFields) =>
  sha256Hex(JSON.stringify([fields.key, fields.summary, fields.status, fields.assigneeId, fields.dueDate]));

/** A file's check: its current bytes (null when it is gone) against the fingerprint collected. */
export function checkFile(
  reference: Extract<EvidenceReference, { type: 'confluenceAttachment' }>,
  current: Uint8Array | null,
): EvidenceCheckOutcome {
  if (current === null) return 'missing';
  return sha256Hex(current) === reference.sha256 ? 'unchanged' : 'changed';
}

/**
 * A Jira issue's check: its key fields now (null when it is gone or no longer visible). The fields
 * decide, not `updated`: a comment or a label changes the time but not what was collected.
 */
export function checkJiraIssue(
  reference: Extract<EvidenceReference, { type: 'jiraIssue' }>,
  current: JiraIssueFields | null,
): EvidenceCheckOutcome {
  if (!reference.fieldsSha256) return 'notFingerprinted';
  if (current === null) return 'missing';
  return jiraFieldsSha256(current) === reference.fieldsSha256 ? 'unchanged' : 'changed';
}

/** What a person reads beside the evidence, in plain words; null when nothing needs saying. */
export function checkNoteFor(reference: EvidenceReference, outcome: EvidenceCheckOutcome): string | null {
  const what =
    reference.type === 'confluenceAttachment'
      ? `The file ${reference.fileName}`
      : reference.type === 'jiraIssue'
        ? `The Jira issue ${reference.issueKey}`
        : 'The evidence';
  if (outcome === 'changed') return `${what} has changed since it was collected: it no longer shows what was collected`;
  if (outcome === 'missing') return `${what} is gone (deleted or out of reach): it cannot be checked`;
  return null;
}

/** The evidence that keeps a report from approval: each changed or missing item, in plain words. */
export function evidenceBlockingApproval(
  checks: ReadonlyArray<{ description: string; outcome: EvidenceCheckOutcome; note: string | null }>,
): string[] {
  return checks
    .filter((check) => check.outcome === 'changed' || check.outcome === 'missing')
    .map((check) => `"${check.description}": ${check.note ?? check.outcome}`);
}
