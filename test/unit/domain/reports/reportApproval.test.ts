import { approvalBlockers, mayApproveReport } from '../../../../src/domain/reports/reportApproval';

describe('who approves an audit report', () => {
  it('the audit’s lead auditor, and no one else while there is one', () => {
    expect(mayApproveReport({ leadAuditorId: 'lead', callerId: 'lead', callerIsProgrammeManager: false })).toBe(true);
    expect(mayApproveReport({ leadAuditorId: 'lead', callerId: 'pm', callerIsProgrammeManager: true })).toBe(false);
    expect(mayApproveReport({ leadAuditorId: 'lead', callerId: 'other', callerIsProgrammeManager: false })).toBe(false);
  });

  it('the programme manager only for an audit without a lead', () => {
    expect(mayApproveReport({ leadAuditorId: null, callerId: 'pm', callerIsProgrammeManager: true })).toBe(true);
    expect(mayApproveReport({ leadAuditorId: null, callerId: 'x', callerIsProgrammeManager: false })).toBe(false);
  });
});

describe('when a report can be approved', () => {
  const ready = {
    auditState: 'reporting' as const,
    conclusion: 'Effective.',
    generatedPageVersion: 2,
    currentPageVersion: 2,
    stale: false,
  };

  it('in reporting (or closed), concluded, with the page the app generated still current', () => {
    expect(approvalBlockers(ready)).toEqual([]);
    expect(approvalBlockers({ ...ready, auditState: 'closed' })).toEqual([]);
  });

  it.each([
    [{ auditState: 'inProgress' as const }, 'fieldwork has ended'],
    [{ conclusion: ' ' }, 'Write the conclusion'],
    [{ generatedPageVersion: null, currentPageVersion: null }, 'Generate the report page first'],
    [{ currentPageVersion: null }, 'gone from Confluence'],
    [{ currentPageVersion: 3 }, 'Someone edited the report page'],
    [{ stale: true }, 'records changed since'],
  ])('not with %j', (change, words) => {
    const blockers = approvalBlockers({ ...ready, ...change });
    expect(blockers).toHaveLength(1);
    expect(blockers[0]).toContain(words);
  });
});
