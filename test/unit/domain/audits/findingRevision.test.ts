import type { FindingContent, FindingRecord } from '../../../../src/domain/audits/finding';
import {
  findingHistory,
  revisedFinding,
  revisionBlocker,
  revisionKind,
  type RevisionContext,
} from '../../../../src/domain/audits/findingRevision';

const content: FindingContent = {
  grade: 'minorNC',
  itemId: 'A.8.15',
  areaId: 'area_1',
  requirement: 'Logs are retained for 12 months',
  evidence: 'The SIEM keeps 30 days',
  gap: 'Eleven months of logs are missing',
};
const finding: FindingRecord = {
  auditId: 'audit_1',
  source: { kind: 'internalAudit' },
  content,
  raisedOn: '2026-12-01',
  raisedBy: 'acct-auditor',
  repeatOf: [],
};
const context: RevisionContext = {
  title: 'IT operations backup and logging',
  auditState: 'reporting',
  reportApproved: false,
  withdrawn: false,
  hasJiraIssue: false,
  reason: 'The vendor contract shows 90 days, not 30',
};

describe('correcting, regrading and withdrawing a finding', () => {
  it('[P11.10e] tells a correction from a regrade and a withdrawal; the same content changes nothing', () => {
    expect(revisionKind(content, { kind: 'revise', content })).toBeNull();
    expect(revisionKind(content, { kind: 'revise', content: { ...content, evidence: 'The SIEM keeps 90 days' } })).toBe(
      'corrected',
    );
    expect(revisionKind(content, { kind: 'revise', content: { ...content, grade: 'observation' } })).toBe('regraded');
    expect(revisionKind(content, { kind: 'withdraw' })).toBe('withdrawn');
  });

  it('[P11.10e] keeps every earlier content with who, when and why; a withdrawn finding stays', () => {
    const at = '2026-12-03T10:00:00.000Z';
    const regraded = revisedFinding(
      finding,
      { kind: 'revise', content: { ...content, grade: 'observation', gap: '' } },
      { reason: '  The retention target is a recommendation  ', by: 'acct-lead', at },
    );
    expect(regraded.content.grade).toBe('observation');
    expect(regraded.revisions).toEqual([
      { kind: 'regraded', reason: 'The retention target is a recommendation', by: 'acct-lead', at, previous: content },
    ]);
    const withdrawn = revisedFinding(
      regraded,
      { kind: 'withdraw' },
      { reason: 'Recorded twice: see finding_2', by: 'acct-lead', at: '2026-12-04T08:00:00.000Z' },
    );
    expect(withdrawn).toMatchObject({ withdrawn: true, content: regraded.content });
    expect(withdrawn.revisions).toHaveLength(2);
    expect(findingHistory(withdrawn)).toEqual([
      '2026-12-03: regraded from minor nonconformity to observation: The retention target is a recommendation',
      '2026-12-04: withdrawn: Recorded twice: see finding_2',
    ]);
    expect(findingHistory(finding)).toEqual([]);
    expect(revisedFinding(finding, { kind: 'revise', content }, { reason: 'x', by: 'a', at })).toBe(finding);
  });

  it('[ISO9.2.2] a finding changes during fieldwork and reporting, with a reason, until its report is approved', () => {
    expect(revisionBlocker(context)).toBeNull();
    expect(revisionBlocker({ ...context, auditState: 'inProgress' })).toBeNull();
    expect(revisionBlocker({ ...context, auditState: 'closed' })).toBe(
      '"IT operations backup and logging" is closed: findings change during fieldwork and reporting only',
    );
    expect(revisionBlocker({ ...context, reportApproved: true })).toBe(
      'The report of "IT operations backup and logging" is approved: its findings are frozen',
    );
    expect(revisionBlocker({ ...context, withdrawn: true })).toBe(
      'The finding is withdrawn: a withdrawn finding stays as it was',
    );
    expect(revisionBlocker({ ...context, hasJiraIssue: true })).toContain('has its Jira issue already');
    expect(revisionBlocker({ ...context, reason: ' too short ' })).toBe(
      'Give the reason for the change (at least 10 characters)',
    );
  });
});
