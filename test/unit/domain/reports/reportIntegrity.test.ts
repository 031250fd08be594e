import { createHash } from 'node:crypto';
import {
  checkReportIntegrity,
  recordedIntegrity,
  reportContentHash,
} from '../../../../src/domain/reports/reportIntegrity';

const approvedBody = '<h1>Audit report</h1><p>Effective.</p>';
const approval = {
  pageId: '42',
  pageVersion: 3,
  contentHash: reportContentHash(approvedBody),
  content: approvedBody,
  approvedBy: 'acct-lead',
  approvedAt: '2026-11-24T09:00:00.000Z',
};
const now = '2026-11-25T10:00:00.000Z';

describe('report integrity', () => {
  it('hashes the storage body with SHA-256', () => {
    expect(reportContentHash('abc')).toBe(createHash('sha256').update('abc').digest('hex'));
  });

  it('is a draft before approval, whatever the page', () => {
    expect(checkReportIntegrity({ approval: null, changedAfterApproval: null }, null, now)).toEqual({
      integrity: 'draft',
      firstDetection: null,
    });
  });

  it('stays approved for the approved version and for a later version with the same content', () => {
    const report = { approval, changedAfterApproval: null };
    expect(checkReportIntegrity(report, { version: 3, storage: approvedBody }, now).integrity).toBe('approved');
    expect(checkReportIntegrity(report, { version: 4, storage: approvedBody }, now)).toEqual({
      integrity: 'approved',
      firstDetection: null,
    });
  });

  it('a later version with other content is a change, detected once', () => {
    const edited = { version: 5, storage: '<p>Rewritten</p>' };
    const first = checkReportIntegrity({ approval, changedAfterApproval: null }, edited, now);
    expect(first).toEqual({
      integrity: 'changedAfterApproval',
      firstDetection: { pageVersion: 5, contentHash: reportContentHash('<p>Rewritten</p>'), detectedAt: now },
    });
    const again = checkReportIntegrity({ approval, changedAfterApproval: first.firstDetection }, edited, now);
    expect(again).toEqual({ integrity: 'changedAfterApproval', firstDetection: null });
  });

  it('a page that is gone is missing', () => {
    expect(checkReportIntegrity({ approval, changedAfterApproval: null }, null, now).integrity).toBe('pageMissing');
  });

  it('lists show what was recorded', () => {
    expect(recordedIntegrity({ approval: null, changedAfterApproval: null })).toBe('draft');
    expect(recordedIntegrity({ approval, changedAfterApproval: null })).toBe('approved');
    expect(
      recordedIntegrity({
        approval,
        changedAfterApproval: { pageVersion: 5, contentHash: 'a'.repeat(64), detectedAt: now },
      }),
    ).toBe('changedAfterApproval');
  });
});
