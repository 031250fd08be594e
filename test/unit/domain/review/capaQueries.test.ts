import { capaEffectivenessReport } from '../../../../src/domain/review/capa/capaEffectivenessReport';
import { capaQueries, selectCapaRows } from '../../../../src/domain/review/capa/capaQueries';
import { effectivenessChallenges } from '../../../../src/domain/review/capa/effectivenessChallenge';
import { closedAction, extension, facts, finding, timeZone, today } from './capaEffectivenessReport.fixture';

describe('the saved queries over the report', () => {
  const nc = (id: string, raisedOn = '2026-03-02') => finding(id, 'majorNC', raisedOn);

  it('[ISO10.2f] NCs closed without CAPA: an exemption whose signature is gone, or done in Jira while open', () => {
    const jiraDone = { ...nc('f-jira'), issue: { key: 'NC-7', statusCategory: 'done' as const } };
    const closedRight = { ...nc('f-right'), issue: { key: 'NC-8', statusCategory: 'done' as const } };
    const exemption = (findingId: string, signed: boolean) => ({
      record: {
        findingId,
        reason: 'No action needed here',
        grade: 'observation' as const,
        by: 'acct-manager',
        at: '2026-03-06T10:00:00.000Z',
      },
      signed,
    });
    const rows = capaEffectivenessReport(
      facts({
        findings: [
          jiraDone,
          closedRight,
          finding('f-unsigned', 'observation', '2026-03-03'),
          finding('f-signed', 'observation', '2026-03-03'),
        ],
        actions: [
          closedAction('ca-right', {
            dueDate: '2026-04-10',
            implementedOn: '2026-04-01',
            closedOn: '2026-04-02',
            checkDueOn: '2026-05-01',
            findingIds: ['f-right'],
          }),
        ],
        exemptions: [exemption('f-unsigned', false), exemption('f-signed', true)],
      }),
    );
    expect(selectCapaRows(rows, { query: 'closedWithoutCapa' }).map((r) => r.findingId)).toEqual([
      'f-jira',
      'f-unsigned',
    ]);
  });

  it('[ISO10.2c] CAs closed late, and extensions granted', () => {
    const late = closedAction('ca-late', {
      dueDate: '2026-04-10',
      implementedOn: '2026-04-12',
      closedOn: '2026-04-13',
      checkDueOn: '2026-05-12',
    });
    const extended = closedAction('ca-ext', {
      dueDate: '2026-04-20',
      implementedOn: '2026-04-18',
      closedOn: '2026-04-19',
      checkDueOn: '2026-05-18',
      findingIds: ['f2'],
    });
    extended.extensions = [{ record: extension('2026-04-10', '2026-04-20', '2026-04-01T09:00:00.000Z'), signed: true }];
    const open = {
      ...closedAction('ca-open', {
        dueDate: '2026-04-10',
        implementedOn: '2026-04-12',
        closedOn: '2026-04-13',
        checkDueOn: '2026-05-12',
        findingIds: ['f3'],
      }),
    };
    open.record = { ...open.record, state: 'verification', closedAt: null };
    open.verifications = [];
    const rows = capaEffectivenessReport(
      facts({ findings: [nc('f1'), nc('f2'), nc('f3')], actions: [late, extended, open] }),
    );
    // The open one is late too, but not closed: it is not a CA closed late.
    expect(rows.find((r) => r.correctiveActionId === 'ca-open')!.onTime).toBe(false);
    expect(selectCapaRows(rows, { query: 'closedLate' }).map((r) => r.correctiveActionId)).toEqual(['ca-late']);
    expect(selectCapaRows(rows, { query: 'extensionsGranted' }).map((r) => r.correctiveActionId)).toEqual(['ca-ext']);
  });

  it('[ISO10.2d] effectiveness checks overdue: implemented, unverified, past the check date', () => {
    const waiting = closedAction('ca-wait', {
      dueDate: '2026-04-10',
      implementedOn: '2026-04-10',
      closedOn: '2026-04-10',
      checkDueOn: '2026-06-29',
    });
    waiting.record = { ...waiting.record, state: 'verification', closedAt: null };
    waiting.verifications = [];
    const due = {
      ...waiting,
      id: 'ca-due',
      dates: { ...waiting.dates, check: { opensOn: '2026-04-10', dueOn: today } },
      record: { ...waiting.record, findingIds: ['f2'] },
    };
    const rows = capaEffectivenessReport(facts({ findings: [nc('f1'), nc('f2')], actions: [waiting, due] }));
    expect(selectCapaRows(rows, { query: 'checksOverdue' }).map((r) => [r.correctiveActionId, r.checkOverdue])).toEqual(
      [['ca-wait', { dueDate: '2026-06-29', daysOverdue: 1 }]],
    );
  });

  it('[ISO10.2d] effectiveness challenged: a repeat raised on or after the day the action closed effective', () => {
    const closed = closedAction('ca-1', {
      dueDate: '2026-04-10',
      implementedOn: '2026-04-01',
      closedOn: '2026-04-02',
      checkDueOn: '2026-05-01',
    });
    const rows = capaEffectivenessReport(
      facts({
        findings: [
          nc('f1', '2026-03-02'),
          // Raised before the closing: the action was still being worked, its check was to come.
          finding('f-before', 'minorNC', '2026-04-01', { repeatOf: ['f1'] }),
          finding('f-same-day', 'observation', '2026-04-02', { repeatOf: ['f1'] }),
          finding('f-after', 'minorNC', '2026-05-15', { repeatOf: ['f1', 'f-before'] }),
          finding('f-elsewhere', 'minorNC', '2026-05-15', { repeatOf: ['f-other'] }),
        ],
        actions: [closed],
      }),
    );
    const answer = selectCapaRows(rows, { query: 'effectivenessChallenged' });
    expect(answer.map((r) => [r.findingId, r.challengedBy])).toEqual([
      [
        'f1',
        [
          { findingId: 'f-same-day', raisedOn: '2026-04-02' },
          { findingId: 'f-after', raisedOn: '2026-05-15' },
        ],
      ],
    ]);
  });

  it('[ISO10.2d] an action not closed is never challenged', () => {
    expect(
      effectivenessChallenges({
        action: { findingIds: ['f1'], state: 'verification', closedAt: null },
        findings: [{ id: 'f2', raisedOn: '2026-05-01', repeatOf: ['f1'] }],
        timeZone,
      }),
    ).toEqual([]);
  });

  it('[ISO10.2f] filters by source, and every query has a title', () => {
    const rows = capaEffectivenessReport(
      facts({ findings: [nc('f1'), finding('f2', 'minorNC', '2026-03-02', { source: { kind: 'incident' } })] }),
    );
    expect(selectCapaRows(rows, { source: 'incident' }).map((r) => r.findingId)).toEqual(['f2']);
    expect(selectCapaRows(rows, {}).length).toBe(2);
    expect(Object.values(capaQueries).map((q) => q.title)).toEqual([
      'NCs closed without CAPA',
      'CAs closed late',
      'Extensions granted',
      'Effectiveness checks overdue',
      'Effectiveness challenged',
    ]);
  });
});
