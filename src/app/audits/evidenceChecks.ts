import type { AuditRecord } from '../../domain/audits/auditPlan';
import type { EvidenceRecord, EvidenceReference, EvidenceReferenceInput } from '../../domain/audits/evidence';
import {
  checkFile,
  checkJiraIssue,
  checkNoteFor,
  evidenceBlockingApproval,
  jiraFieldsSha256,
  type EvidenceCheckOutcome,
  type JiraIssueFields,
} from '../../domain/audits/evidenceCheck';
import { fileEvidenceProblem, sha256Hex } from '../../domain/audits/evidenceFile';
import { conflict, Failure, invalidInput } from '../../domain/failure';
import type { JiraIssues, JiraIssueSnapshot } from '../../ports/jira';
import type { AppServices, Caller } from '../services';

const fieldsOf = (issue: JiraIssueSnapshot): JiraIssueFields => ({
  key: issue.key,
  summary: issue.summary,
  status: issue.status.name,
  assigneeId: issue.assigneeId,
  dueDate: issue.dueDate,
});

/** The issue as `jira` sees it; null when it is gone or hidden (both read as "cannot check"). */
async function issueSeen(jira: JiraIssues, issueKey: string): Promise<JiraIssueSnapshot | null> {
  try {
    return await jira.getIssue(issueKey);
  } catch (error) {
    if (error instanceof Failure && (error.code === 'not_found' || error.code === 'forbidden')) return null;
    throw error;
  }
}

/**
 * The stored reference for a Jira issue, a web address or a file. A Jira issue is read as the
 * caller (nobody fingerprints an issue they cannot see); a file is attached, as the app, to the
 * audit's published plan page in the ISMS space and fingerprinted from the bytes received.
 */
export async function collectedReference(
  services: AppServices,
  caller: Caller,
  audit: { id: string; record: AuditRecord },
  reference: Exclude<EvidenceReferenceInput, { type: 'confluencePage' }>,
  now: Date,
): Promise<EvidenceReference> {
  // The day seen is the auditor's to give (the form fills in today); a date after today is refused.
  if (reference.type === 'url') {
    if (reference.seenOn && reference.seenOn > now.toISOString().slice(0, 10)) {
      throw invalidInput('evidence.reference.seenOn', 'The day the page was seen cannot be after today');
    }
    return reference;
  }
  if (reference.type === 'jiraIssue') {
    const issue = await issueSeen(services.jira.asUser(caller.accountId), reference.issueKey);
    // An issue the collector cannot see is recorded by its key only, as before fingerprints: it
    // shows as not checked, never as unchanged.
    if (!issue) return { type: 'jiraIssue', issueKey: reference.issueKey };
    return {
      type: 'jiraIssue',
      issueKey: issue.key,
      summary: issue.summary,
      updated: issue.updated,
      fieldsSha256: jiraFieldsSha256(fieldsOf(issue)),
    };
  }
  const bytes = Uint8Array.from(Buffer.from(reference.contentBase64, 'base64'));
  const problem = fileEvidenceProblem(bytes.length);
  if (problem) throw invalidInput('evidence.reference.contentBase64', problem);
  const page = audit.record.planPage;
  if (!page) {
    throw conflict(
      `Publish the plan of "${audit.record.plan.title}" first: evidence files are attached to its page in the ISMS space`,
    );
  }
  const sha256 = sha256Hex(bytes);
  const attached = await services.confluence.filesAsApp().attach({
    pageId: page.pageId,
    fileName: reference.fileName,
    mediaType: reference.mediaType,
    bytes,
    comment: `Audit evidence, SHA-256 ${sha256}`,
  });
  return {
    type: 'confluenceAttachment',
    pageId: page.pageId,
    attachmentId: attached.id,
    fileName: attached.fileName,
    mediaType: reference.mediaType,
    size: bytes.length,
    sha256,
  };
}

export interface EvidenceCheck {
  outcome: EvidenceCheckOutcome;
  note: string | null;
}

/**
 * A file or Jira issue checked against its fingerprint now. Files are read as the app: they live on
 * the app's own plan page, and only the outcome (never the content) reaches the caller. Jira issues
 * are read as `jira` (the caller's view in a list, the app's at approval).
 */
export async function checkReference(
  services: AppServices,
  reference: Extract<EvidenceReference, { type: 'confluenceAttachment' | 'jiraIssue' }>,
  jira: () => JiraIssues,
): Promise<EvidenceCheck> {
  const outcome =
    reference.type === 'confluenceAttachment'
      ? checkFile(reference, await services.confluence.filesAsApp().download(reference.pageId, reference.attachmentId))
      : checkJiraIssue(reference, reference.fieldsSha256 ? await seenFields(jira(), reference.issueKey) : null);
  return { outcome, note: checkNoteFor(reference, outcome) };
}

async function seenFields(jira: JiraIssues, issueKey: string): Promise<JiraIssueFields | null> {
  const issue = await issueSeen(jira, issueKey);
  return issue ? fieldsOf(issue) : null;
}

/** At report approval: every file and Jira issue of the audit re-checked as the app; what blocks it. */
export async function evidenceBlockersOf(services: AppServices, auditId: string): Promise<string[]> {
  const stored = await services.store.listBy('evidence', 'auditId', auditId);
  const checks = await Promise.all(
    stored.map(async ({ record }: { record: EvidenceRecord }) => {
      const reference = record.reference;
      if (reference?.type !== 'confluenceAttachment' && reference?.type !== 'jiraIssue') return null;
      return {
        description: record.description,
        ...(await checkReference(services, reference, () => services.jira.asApp())),
      };
    }),
  );
  const blocking = evidenceBlockingApproval(checks.filter((check) => check !== null));
  return blocking.length === 0
    ? []
    : [`Evidence no longer shows what was collected; collect it again or explain it first: ${blocking.join('; ')}`];
}
