import { createHash } from 'node:crypto';
import { EvidenceContent, EvidenceRecord } from '../../../../src/domain/audits/evidence';
import {
  checkFile,
  checkJiraIssue,
  checkNoteFor,
  evidenceBlockingApproval,
  jiraFieldsSha256,
  type JiraIssueFields,
} from '../../../../src/domain/audits/evidenceCheck';
import { EVIDENCE_FILE_MAX_BYTES, fileEvidenceProblem } from '../../../../src/domain/audits/evidenceFile';

const bytes = Uint8Array.from([1, 2, 3, 250]);
const file = {
  type: 'confluenceAttachment' as const,
  pageId: '65538',
  attachmentId: 'att65540',
  fileName: 'restore-test.png',
  mediaType: 'image/png',
  size: 4,
  sha256: createHash('sha256').update(bytes).digest('hex'),
};
const fields: JiraIssueFields = {
  key: 'ITOPS-42',
  summary: 'Quarterly restore test',
  status: 'Done',
  assigneeId: 'acc-1',
  dueDate: '2026-11-30',
};
const issue = { type: 'jiraIssue' as const, issueKey: 'ITOPS-42', fieldsSha256: jiraFieldsSha256(fields) };

describe('evidence checks', () => {
  it('[ISO9.2.2][P11.10e] a file is unchanged only with the very bytes collected; changed or gone is flagged', () => {
    expect(checkFile(file, bytes)).toBe('unchanged');
    expect(checkFile(file, Uint8Array.from([1, 2, 3, 251]))).toBe('changed');
    expect(checkFile(file, null)).toBe('missing');
    expect(checkNoteFor(file, 'changed')).toBe(
      'The file restore-test.png has changed since it was collected: it no longer shows what was collected',
    );
    expect(checkNoteFor(file, 'missing')).toContain('is gone');
    expect(checkNoteFor(file, 'unchanged')).toBeNull();
  });

  it('a Jira issue is checked by its key fields, not by its updated time; one without a fingerprint is not checked', () => {
    expect(checkJiraIssue(issue, fields)).toBe('unchanged');
    expect(checkJiraIssue(issue, { ...fields, status: 'In Progress' })).toBe('changed');
    expect(checkJiraIssue(issue, { ...fields, assigneeId: null })).toBe('changed');
    expect(checkJiraIssue(issue, null)).toBe('missing');
    expect(checkJiraIssue({ type: 'jiraIssue', issueKey: 'ITOPS-42' }, fields)).toBe('notFingerprinted');
    expect(checkNoteFor({ type: 'jiraIssue', issueKey: 'ITOPS-42' }, 'notFingerprinted')).toBeNull();
  });

  it('only changed and missing evidence blocks a report, each named in plain words', () => {
    expect(
      evidenceBlockingApproval([
        { description: 'Restore screenshot', outcome: 'changed', note: 'The file a.png has changed' },
        { description: 'Restore ticket', outcome: 'unchanged', note: null },
        { description: 'Old ticket', outcome: 'notFingerprinted', note: null },
        { description: 'Backup log', outcome: 'missing', note: null },
      ]),
    ).toEqual(['"Restore screenshot": The file a.png has changed', '"Backup log": missing']);
  });

  it('states the size limit and refuses an empty or oversized file in plain words', () => {
    expect(fileEvidenceProblem(10)).toBeNull();
    expect(fileEvidenceProblem(EVIDENCE_FILE_MAX_BYTES)).toBeNull();
    expect(fileEvidenceProblem(0)).toBe('The file is empty');
    expect(fileEvidenceProblem(3 * 1024 * 1024)).toBe('The file is 3.0 MB: evidence files may be at most 2 MB');
  });

  it('a file input names its problems; evidence stored before fingerprints reads as before', () => {
    const parsed = EvidenceContent.safeParse({
      kind: 'record',
      description: 'Screenshot',
      reference: { type: 'file', fileName: 'a/b.png', mediaType: 'image', contentBase64: '***' },
    });
    expect(parsed.success).toBe(false);
    const messages = parsed.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual([
      'reference.fileName: A file name has no slashes or control characters',
      'reference.mediaType: A media type looks like image/png',
      'reference.contentBase64: The file content must be sent as base64',
    ]);
    const old = {
      auditId: 'audit-1',
      kind: 'record',
      itemId: null,
      description: 'Ticket',
      collectedBy: 'acc-1',
      collectedAt: '2026-01-05T10:00:00.000Z',
    };
    for (const reference of [
      { type: 'jiraIssue', issueKey: 'OPS-12' },
      { type: 'url', url: 'https://example.com/log' },
    ]) {
      expect(EvidenceRecord.parse({ ...old, reference }).reference).toEqual(reference);
    }
  });
});
