import { caEffectiveness } from '../../../../../src/domain/review/kpis/caEffectiveness';
import { findingTrend } from '../../../../../src/domain/review/kpis/findingTrend';
import { closureTime, ncClosures, openNcsOn } from '../../../../../src/domain/review/kpis/ncClosure';
import { overdueActionsToday, wasOverdueOn } from '../../../../../src/domain/review/kpis/overdueActions';
import { action, finding, findingIssue, kpiRecords, verification } from './kpiFixtures';

const exemption = (findingId: string, at: string) => ({
  findingId,
  reason: 'Noted for improvement; no nonconformity to correct',
  grade: 'minorNC' as const,
  by: 'pm-1',
  at,
});

/**
 * Seven findings of Q2 2026 (Dublin: summer time UTC+1 from 29 March):
 * F1 major, raised 2 Mar, two actions closed 20 Mar and 11 Apr → closed 11 Apr (the latest), 40 days
 * F2 minor, raised 1 Jun, its action closed 30 Jun 23:30 UTC = 1 Jul in Dublin → 30 days
 * F3 minor, raised 1 Apr, no action, signed exemption 21 Apr → closed 21 Apr, 20 days
 * F4 minor, raised 5 May, one of its two actions still open, no issue → open
 * F5 major, raised 20 May, nothing done → open
 * F6 observation → no NC
 * F7 minor, raised 10 Apr, Jira issue closed by hand, its action still open → open (Jira closes nothing)
 */
const q2 = { from: '2026-04-01', to: '2026-06-30' };
const ncWorld = (timeZone: string) =>
  kpiRecords({
    timeZone,
    findings: [
      finding('F1', 'majorNC', '2026-03-02'),
      finding('F2', 'minorNC', '2026-06-01'),
      finding('F3', 'minorNC', '2026-04-01'),
      finding('F4', 'minorNC', '2026-05-05'),
      finding('F5', 'majorNC', '2026-05-20'),
      finding('F6', 'observation', '2026-05-01'),
      finding('F7', 'minorNC', '2026-04-10'),
    ],
    actions: [
      action('CA1', ['F1'], 'closed', { closedAt: '2026-03-20T10:00:00.000Z' }),
      action('CA2', ['F1'], 'closed', { closedAt: '2026-04-11T09:00:00.000Z' }),
      action('CA3', ['F2'], 'closed', { closedAt: '2026-06-30T23:30:00.000Z' }),
      action('CA4', ['F7'], 'plan'),
      action('CA5', ['F4'], 'closed', { closedAt: '2026-05-12T12:00:00.000Z' }),
      action('CA6', ['F4'], 'implementation'),
    ],
    trackedIssues: [
      findingIssue('F3', 'done', '2026-04-21T08:00:00.000+0000'),
      findingIssue('F7', 'done', '2026-04-22T08:00:00.000+0000'),
      findingIssue('F5', 'indeterminate', '2026-05-21T08:00:00.000+0000'),
    ],
    exemptions: [{ id: 'F3', record: exemption('F3', '2026-04-21T08:00:00.000Z') }],
  });

describe('nonconformity closure', () => {
  it('[ISO10.2] closes an NC on its latest action closure, else on its signed exemption, never on Jira; observations are no NCs', () => {
    const closures = ncClosures(ncWorld('Europe/Dublin'));
    expect(closures.map((c) => [c.findingId, c.closedOn, c.closedBy])).toEqual([
      ['F1', '2026-04-11', 'actions'],
      ['F2', '2026-07-01', 'actions'],
      ['F3', '2026-04-21', 'exemption'],
      ['F4', null, null],
      ['F5', null, null],
      ['F7', null, null],
    ]);
  });

  it('counts open NCs by grade at the period end', () => {
    // open on 30 June: F2 (closes 1 July in Dublin), F4, F5, F7 → major F5 = 1, minor F2 F4 F7 = 3
    expect(openNcsOn(ncClosures(ncWorld('Europe/Dublin')), '2026-06-30')).toEqual({
      asOf: '2026-06-30',
      majorNC: 1,
      minorNC: 3,
      total: 4,
    });
    // in UTC, F2 closed on 30 June itself: minor F4 F7 = 2
    expect(openNcsOn(ncClosures(ncWorld('UTC')), '2026-06-30')).toMatchObject({ majorNC: 1, minorNC: 2, total: 3 });
    // on 31 March: F1 (raised 2 Mar, closed 11 Apr) is the only NC raised by then
    expect(openNcsOn(ncClosures(ncWorld('UTC')), '2026-03-31')).toMatchObject({ majorNC: 1, minorNC: 0 });
  });

  it('measures closure time (median, p90, nearest rank) of the NCs closed in the period, in the programme zone', () => {
    // Dublin, Q2: F1 2 Mar→11 Apr = 29 + 11 = 40 days; F3 1 Apr→21 Apr = 20 days; F2 closes 1 July (out)
    // sorted 20, 40: median rank ⌈1⌉ = 20; p90 rank ⌈1.8⌉ = 2 → 40
    expect(closureTime(ncClosures(ncWorld('Europe/Dublin')), q2)).toEqual({ closed: 2, medianDays: 20, p90Days: 40 });
    // UTC: F2 1 Jun→30 Jun = 29 days is in too: sorted 20, 29, 40 → median rank 2 = 29, p90 rank ⌈2.7⌉ = 3 → 40
    expect(closureTime(ncClosures(ncWorld('UTC')), q2)).toEqual({ closed: 3, medianDays: 29, p90Days: 40 });
  });

  it('gives no closure time for a period in which nothing closed', () => {
    expect(closureTime(ncClosures(ncWorld('UTC')), { from: '2026-08-01', to: '2026-08-31' })).toEqual({
      closed: 0,
      medianDays: null,
      p90Days: null,
    });
    expect(ncClosures(kpiRecords({}))).toEqual([]);
  });

  it('draws the quarterly trend: findings by grade by raising day, closure time by closing day', () => {
    const world = ncWorld('Europe/Dublin');
    const trend = findingTrend(world.findings, ncClosures(world), { from: '2026-03-01', to: '2026-07-31' });
    expect(trend.quarters).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(trend.findingsByGrade).toEqual([
      { quarter: '2026-Q1', majorNC: 1, minorNC: 0, observation: 0, opportunity: 0 }, // F1
      { quarter: '2026-Q2', majorNC: 1, minorNC: 4, observation: 1, opportunity: 0 }, // F5; F2 F3 F4 F7; F6
      { quarter: '2026-Q3', majorNC: 0, minorNC: 0, observation: 0, opportunity: 0 },
    ]);
    expect(trend.closureTime).toEqual([
      { quarter: '2026-Q1', closed: 0, medianDays: null, p90Days: null },
      { quarter: '2026-Q2', closed: 2, medianDays: 20, p90Days: 40 }, // F3 20, F1 40
      { quarter: '2026-Q3', closed: 1, medianDays: 30, p90Days: 30 }, // F2 1 Jun → 1 Jul = 30
    ]);
  });
});

describe('overdue corrective actions', () => {
  const today = '2026-05-15';
  it('counts today the actions past their plan due date and not implemented (the overdue rule)', () => {
    const actions = [
      action('late', ['F1'], 'implementation', { dueDate: '2026-05-10' }), // 5 days overdue
      action('dueToday', ['F1'], 'implementation', { dueDate: '2026-05-15' }), // not yet
      action('implemented', ['F1'], 'verification', { dueDate: '2026-04-01', implementedAt: '2026-04-20T09:00:00Z' }),
      action('noPlan', ['F1'], 'plan'),
    ];
    expect(overdueActionsToday(actions, today).map((a) => [a.id, a.daysOverdue])).toEqual([['late', 5]]);
  });

  it('[ISO10.2c] counts the controlled due date: an approved extension moves it, a refused or pending one does not', () => {
    const actions = [
      action('extended', ['F1'], 'implementation', { dueDate: '2026-05-10' }),
      action('refused', ['F1'], 'implementation', { dueDate: '2026-05-10' }),
      action('pending', ['F1'], 'implementation', { dueDate: '2026-05-10' }),
    ];
    const extension = (actionId: string, decision: 'approved' | 'refused' | null) => ({
      id: `x-${actionId}`,
      record: {
        correctiveActionId: actionId,
        fromDate: '2026-05-10',
        toDate: '2026-06-30',
        justification: 'Supplier delay',
        requestedBy: 'acct-owner',
        requestedAt: '2026-05-01T09:00:00.000Z',
        decision: decision && { result: decision, by: 'acct-manager', at: '2026-05-02T09:00:00.000Z', note: '' },
      },
    });
    const extensions = [extension('extended', 'approved'), extension('refused', 'refused'), extension('pending', null)];
    expect(overdueActionsToday(actions, today, extensions).map((a) => a.id)).toEqual(['refused', 'pending']);
    // At the end of May the approved extension had moved the date to 30 June; by the plan's date alone it was late.
    const { record } = actions[0]!;
    expect(wasOverdueOn(record, '2026-05-31', 'UTC', { correctiveActionId: 'extended', extensions })).toBe(false);
    expect(wasOverdueOn(record, '2026-05-31', 'UTC')).toBe(true);
  });

  it('rebuilds whether an action was overdue at a past month end', () => {
    const { record } = action('a', ['F1'], 'verification', {
      openedAt: '2026-03-01T09:00:00Z',
      dueDate: '2026-04-15',
      implementedAt: '2026-05-03T10:00:00Z',
    });
    expect(wasOverdueOn(record, '2026-03-31', 'UTC')).toBe(false); // due date not passed
    expect(wasOverdueOn(record, '2026-04-30', 'UTC')).toBe(true); // past due, implemented only on 3 May
    expect(wasOverdueOn(record, '2026-05-31', 'UTC')).toBe(false); // implemented by then
    // implemented 30 April 23:30 UTC = 1 May in Dublin: still overdue at the end of April there
    const lateNight = action('b', ['F1'], 'verification', {
      openedAt: '2026-03-01T09:00:00Z',
      dueDate: '2026-04-15',
      implementedAt: '2026-04-30T23:30:00Z',
    }).record;
    expect(wasOverdueOn(lateNight, '2026-04-30', 'UTC')).toBe(false);
    expect(wasOverdueOn(lateNight, '2026-04-30', 'Europe/Dublin')).toBe(true);
  });
});

describe('CA effectiveness at first verification', () => {
  const world = (timeZone: string) =>
    kpiRecords({
      timeZone,
      actions: [
        action('a', ['F1'], 'closed', { verificationIds: ['a:v1'] }),
        // not effective first, effective at the second: still "not effective at first verification"
        action('b', ['F1'], 'closed', { verificationIds: ['b:v1', 'b:v2'], notEffectiveCount: 1 }),
        action('c', ['F1'], 'closed', { verificationIds: ['c:v1'] }),
        // a verification record the action does not list was never signed: it counts for nothing
        action('d', ['F1'], 'verification', { verificationIds: [] }),
        action('e', ['F1'], 'closed', { verificationIds: ['e:v1'] }),
        // someone's unsigned round 1 is not listed: round 2 is this action's first signed verification
        action('f', ['F1'], 'plan', { verificationIds: ['f:v2'], notEffectiveCount: 1 }),
      ],
      verifications: [
        verification('a', 1, 'effective', '2026-04-10T10:00:00Z'),
        verification('b', 1, 'notEffective', '2026-04-20T10:00:00Z'),
        verification('b', 2, 'effective', '2026-05-20T10:00:00Z'),
        verification('c', 1, 'effective', '2026-03-31T23:30:00Z'), // 1 April in Dublin
        verification('d', 1, 'effective', '2026-05-01T10:00:00Z'),
        verification('e', 1, 'effective', '2026-07-02T10:00:00Z'), // after the period
        verification('f', 1, 'effective', '2026-05-30T10:00:00Z'),
        verification('f', 2, 'notEffective', '2026-06-01T10:00:00Z'),
      ],
    });

  it('takes the first signed verification in the period of each action, reopened ones as not effective', () => {
    // Dublin: first verified in Q2 = a, b, c, f = 4; effective first time = a, c = 2 → 2 ÷ 4 = 50 %
    expect(caEffectiveness(world('Europe/Dublin'), q2)).toEqual({
      verified: 4,
      effectiveFirstTime: 2,
      reopened: 2,
      percent: 50,
    });
    // UTC: c was verified on 31 March → a, b, f = 3; effective a = 1 → 1 ÷ 3 = 33.3 %
    expect(caEffectiveness(world('UTC'), q2)).toEqual({
      verified: 3,
      effectiveFirstTime: 1,
      reopened: 2,
      percent: 33.3,
    });
  });

  it('has no percentage when nothing was verified in the period', () => {
    expect(caEffectiveness(world('UTC'), { from: '2026-08-01', to: '2026-08-31' }).percent).toBeNull();
    expect(caEffectiveness(kpiRecords({}), q2)).toEqual({
      verified: 0,
      effectiveFirstTime: 0,
      reopened: 0,
      percent: null,
    });
  });
});
