import { capaEffectivenessReport, onTimeOf } from '../../../../src/domain/review/capa/capaEffectivenessReport';
import { findingSourceOf } from '../../../../src/domain/review/capa/findingSource';
import { closedAction, extension, facts, finding, plan, today, verification } from './capaEffectivenessReport.fixture';

describe('the CAPA effectiveness report, row by row', () => {
  it('[ISO10.2f] lists every NC, and an observation or OFI only with an action or an exemption', () => {
    const rows = capaEffectivenessReport(
      facts({
        findings: [
          finding('f1', 'majorNC', '2026-03-02'),
          finding('f2', 'observation', '2026-03-03'),
          finding('f3', 'opportunity', '2026-03-04'),
          finding('f4', 'opportunity', '2026-03-05'),
        ],
        actions: [
          closedAction('ca-4', {
            dueDate: '2026-04-10',
            implementedOn: '2026-04-01',
            closedOn: '2026-04-02',
            checkDueOn: '2026-05-01',
            findingIds: ['f4'],
          }),
        ],
        exemptions: [
          {
            record: {
              findingId: 'f3',
              reason: 'Nothing to correct',
              grade: 'opportunity',
              by: 'acct-manager',
              at: '2026-03-06T10:00:00.000Z',
            },
            signed: true,
          },
        ],
      }),
    );
    expect(rows.map((r) => [r.findingId, r.correctiveActionId])).toEqual([
      ['f1', null],
      ['f3', null],
      ['f4', 'ca-4'],
    ]);
    expect(rows[1]).toMatchObject({
      closure: { closed: true, closedOn: '2026-03-06', how: 'exemption' },
      exemption: { byName: 'Aoife Brennan', reason: 'Nothing to correct', on: '2026-03-06', signed: true },
    });
    expect(rows[0]).toMatchObject({ closure: { closed: false }, planDueByPolicy: expect.any(String), onTime: null });
  });

  it('[ISO10.2f] reads the source defensively: a finding stored before sources is from an internal audit', () => {
    expect(findingSourceOf({})).toBe('internalAudit');
    expect(findingSourceOf({ source: { kind: 'regulatoryInspection', authority: 'FDA' } })).toBe(
      'regulatoryInspection',
    );
    expect(findingSourceOf({ source: 'incident' })).toBe('incident');
    expect(findingSourceOf({ source: 42 })).toBe('internalAudit');
    const [row] = capaEffectivenessReport(
      facts({ findings: [finding('f1', 'minorNC', '2026-03-02', { source: { kind: 'certificationAudit' } })] }),
    );
    expect(row!.source).toBe('certificationAudit');
  });

  it('[ISO10.2f] gives the dates raised, planned, extended, implemented, verified and closed, with the verifier', () => {
    const closed = closedAction('ca-1', {
      dueDate: '2026-04-20',
      implementedOn: '2026-04-18',
      closedOn: '2026-05-20',
      checkDueOn: '2026-05-25',
    });
    closed.record = { ...closed.record, plan: plan('2026-04-10') };
    closed.extensions = [
      { record: extension('2026-04-10', '2026-04-20', '2026-03-21T09:00:00.000Z'), signed: true },
      // Refused or unsigned approvals move nothing and are not listed.
      {
        record: { ...extension('2026-04-20', '2026-06-20', '2026-03-22T09:00:00.000Z'), decision: null },
        signed: false,
      },
      { record: extension('2026-04-20', '2026-07-20', '2026-03-23T09:00:00.000Z'), signed: false },
    ];
    const [row] = capaEffectivenessReport(
      facts({ findings: [finding('f1', 'majorNC', '2026-03-02')], actions: [closed] }),
    );
    expect(row).toMatchObject({
      raisedOn: '2026-03-02',
      plannedDate: '2026-04-10',
      extendedTo: '2026-04-20',
      dueDate: '2026-04-20',
      extensions: [
        {
          fromDate: '2026-04-10',
          toDate: '2026-04-20',
          reason: 'The restore hardware arrives late',
          approverName: 'Aoife Brennan',
          approvedOn: '2026-03-21',
        },
      ],
      implementedOn: '2026-04-18',
      checkDueOn: '2026-05-25',
      verifiedOn: '2026-05-20',
      verifierName: 'Sofia Lindqvist',
      actionClosedOn: '2026-05-20',
      closure: { closed: true, closedOn: '2026-05-20', how: 'actions' },
      onTime: true,
      effectiveAtFirstCheck: true,
    });
  });

  it('[ISO10.2d] is effective at the first check only when the first verification said so', () => {
    const closed = closedAction('ca-1', {
      dueDate: '2026-04-20',
      implementedOn: '2026-04-18',
      closedOn: '2026-05-20',
      checkDueOn: '2026-05-25',
    });
    closed.verifications = [
      { ...verification(1, 'notEffective', '2026-05-01T10:00:00.000Z'), verifierId: 'acct-other' },
      verification(2, 'effective', '2026-05-20T15:00:00.000Z'),
    ];
    const [row] = capaEffectivenessReport(
      facts({ findings: [finding('f1', 'majorNC', '2026-03-02')], actions: [closed] }),
    );
    expect(row).toMatchObject({
      effectiveAtFirstCheck: false,
      verifierName: 'Sofia Lindqvist',
      verifiedOn: '2026-05-20',
    });
  });

  it('[ISO10.2c] is on time only when implemented by the controlled due date and closed by the check date', () => {
    const terms = { implementedOn: '2026-04-10', dueDate: '2026-04-10', checkDueOn: '2026-05-10', today };
    expect(onTimeOf({ ...terms, closedOn: '2026-05-10' })).toBe(true);
    expect(onTimeOf({ ...terms, closedOn: '2026-05-11' })).toBe(false);
    expect(onTimeOf({ ...terms, implementedOn: '2026-04-11', closedOn: '2026-05-01' })).toBe(false);
    // Still open: late once a date passed without its step, undecided before.
    expect(onTimeOf({ ...terms, implementedOn: null, closedOn: null, today: '2026-04-10' })).toBeNull();
    expect(onTimeOf({ ...terms, implementedOn: null, closedOn: null, today: '2026-04-11' })).toBe(false);
    expect(onTimeOf({ ...terms, closedOn: null, today: '2026-05-10' })).toBeNull();
    expect(onTimeOf({ ...terms, closedOn: null, today: '2026-05-11' })).toBe(false);
    // Without a check window (no waiting period recorded), closing is due by the controlled date.
    expect(onTimeOf({ ...terms, checkDueOn: null, closedOn: '2026-04-11' })).toBe(false);
    expect(onTimeOf({ ...terms, dueDate: null, closedOn: null })).toBeNull();
  });
});
