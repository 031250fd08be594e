import {
  caClosureTrend,
  caEffectivenessTrend,
  clauseGroupOf,
  clauseGroups,
  findingsByArea,
  findingsByClauseGroup,
} from '../../../../../src/domain/review/kpis/trendSeries';
import { action, finding, verification } from './kpiFixtures';

/** Two cycles of calendar years: eight quarters, 2025-Q1 to 2026-Q4. */
const twoCycles = { from: '2025-01-01', to: '2026-12-31' };

describe('findings by area', () => {
  const findings = [
    finding('F1', 'majorNC', '2025-02-10', { areaId: 'area-it' }),
    finding('F2', 'minorNC', '2025-11-03', { areaId: 'area-hr' }),
    finding('F3', 'observation', '2026-05-20', { areaId: 'area-it' }),
    finding('F4', 'minorNC', '2026-05-21', { areaId: 'area-gone' }),
    finding('F5', 'minorNC', '2024-12-31', { areaId: 'area-old' }),
  ];
  const names = new Map([
    ['area-it', 'IT operations'],
    ['area-hr', 'Human resources'],
    ['area-old', 'Old area'],
  ]);

  it('counts each area per quarter by the day raised, areas by name, across both cycles', () => {
    const trend = findingsByArea(findings, names, twoCycles);
    expect(trend.groups).toEqual([
      { key: 'area-gone', label: 'area-gone' },
      { key: 'area-hr', label: 'Human resources' },
      { key: 'area-it', label: 'IT operations' },
    ]);
    expect(trend.rows.map((row) => row.quarter)).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
    expect(trend.rows.find((row) => row.quarter === '2025-Q1')!.counts).toEqual([0, 0, 1]);
    expect(trend.rows.find((row) => row.quarter === '2025-Q4')!.counts).toEqual([0, 1, 0]);
    expect(trend.rows.find((row) => row.quarter === '2026-Q2')!.counts).toEqual([1, 0, 1]);
  });

  it('leaves out an area whose findings all fall outside the period', () => {
    expect(findingsByArea(findings, names, twoCycles).groups.map((g) => g.key)).not.toContain('area-old');
  });
});

describe('findings by clause and control group', () => {
  it('names the group of a clause, a sub-clause and a control', () => {
    expect(clauseGroupOf('4')).toBe('4');
    expect(clauseGroupOf('9.2.2')).toBe('9');
    expect(clauseGroupOf('10.1')).toBe('10');
    expect(clauseGroupOf('A.5.1')).toBe('A.5');
    expect(clauseGroupOf('A.8.34')).toBe('A.8');
  });

  it('always has the eleven groups 4 to 10 and A.5 to A.8, counted per quarter', () => {
    const trend = findingsByClauseGroup(
      [
        finding('F1', 'majorNC', '2025-03-31', { itemId: '9.2.2' }),
        finding('F2', 'minorNC', '2025-04-01', { itemId: '10.2' }),
        finding('F3', 'minorNC', '2025-04-02', { itemId: 'A.8.13' }),
        finding('F4', 'minorNC', '2025-04-03', { itemId: 'A.8.8' }),
        finding('F5', 'minorNC', '2026-07-01', { itemId: 'A.5.15' }),
      ],
      twoCycles,
    );
    expect(trend.groups.map((g) => g.key)).toEqual(clauseGroups.map((g) => g.key));
    const at = (quarter: string, key: string) =>
      trend.rows.find((row) => row.quarter === quarter)!.counts[trend.groups.findIndex((g) => g.key === key)];
    expect(at('2025-Q1', '9')).toBe(1);
    expect(at('2025-Q2', '9')).toBe(0);
    expect(at('2025-Q2', '10')).toBe(1);
    expect(at('2025-Q2', 'A.8')).toBe(2);
    expect(at('2026-Q3', 'A.5')).toBe(1);
    expect(trend.rows.reduce((sum, row) => sum + row.counts.reduce((s, c) => s + c, 0), 0)).toBe(5);
  });
});

describe('corrective-action closure time', () => {
  const actions = [
    action('CA1', ['F1'], 'closed', { openedAt: '2025-01-10T09:00:00Z', closedAt: '2025-03-01T09:00:00Z' }),
    action('CA2', ['F2'], 'closed', { openedAt: '2025-01-01T09:00:00Z', closedAt: '2025-03-31T09:00:00Z' }),
    action('CA3', ['F3'], 'closed', { openedAt: '2025-02-01T09:00:00Z', closedAt: '2025-03-03T09:00:00Z' }),
    action('CA4', ['F4'], 'closed', { openedAt: '2026-01-01T09:00:00Z', closedAt: '2026-04-11T09:00:00Z' }),
    action('CA5', ['F5'], 'verification', { openedAt: '2025-01-01T09:00:00Z' }),
  ];

  it('gives the actions closed in each quarter, their median and longest days opened to closed', () => {
    const trend = caClosureTrend(actions, 'UTC', twoCycles);
    expect(trend.find((row) => row.quarter === '2025-Q1')).toEqual({
      quarter: '2025-Q1',
      closed: 3,
      medianDays: 50,
      longestDays: 89,
    });
    expect(trend.find((row) => row.quarter === '2026-Q2')).toEqual({
      quarter: '2026-Q2',
      closed: 1,
      medianDays: 100,
      longestDays: 100,
    });
    expect(trend.find((row) => row.quarter === '2025-Q2')).toEqual({
      quarter: '2025-Q2',
      closed: 0,
      medianDays: null,
      longestDays: null,
    });
  });

  it('reads the closing instant as a day in the programme time zone', () => {
    const late = [
      action('CA1', ['F1'], 'closed', { openedAt: '2025-06-01T09:00:00Z', closedAt: '2025-06-30T23:30:00Z' }),
    ];
    expect(caClosureTrend(late, 'UTC', twoCycles).find((r) => r.quarter === '2025-Q2')!.closed).toBe(1);
    expect(caClosureTrend(late, 'Europe/Dublin', twoCycles).find((r) => r.quarter === '2025-Q3')!.closed).toBe(1);
  });

  it('leaves out improvement actions, which close without an effectiveness gate', () => {
    const improvement = action('IA1', ['F6'], 'closed', {
      openedAt: '2025-01-01T09:00:00Z',
      closedAt: '2025-01-02T09:00:00Z',
    });
    improvement.record.kind = 'improvement';
    expect(caClosureTrend([improvement], 'UTC', twoCycles).every((row) => row.closed === 0)).toBe(true);
  });
});

describe('corrective-action effectiveness', () => {
  it('counts signed verifications per quarter, effective and not effective, every round', () => {
    const actions = [
      action('CA1', ['F1'], 'closed', { verificationIds: ['CA1:v1', 'CA1:v2'] }),
      action('CA2', ['F2'], 'closed', { verificationIds: ['CA2:v1'] }),
      // CA3's verification was never signed: its action does not list it.
      action('CA3', ['F3'], 'verification', { verificationIds: [] }),
    ];
    const verifications = [
      verification('CA1', 1, 'notEffective', '2025-05-02T10:00:00Z'),
      verification('CA1', 2, 'effective', '2025-08-20T10:00:00Z'),
      verification('CA2', 1, 'effective', '2025-05-30T10:00:00Z'),
      verification('CA3', 1, 'effective', '2025-05-30T10:00:00Z'),
    ];
    const trend = caEffectivenessTrend(actions, verifications, 'UTC', twoCycles);
    expect(trend.find((row) => row.quarter === '2025-Q2')).toEqual({
      quarter: '2025-Q2',
      effective: 1,
      notEffective: 1,
    });
    expect(trend.find((row) => row.quarter === '2025-Q3')).toEqual({
      quarter: '2025-Q3',
      effective: 1,
      notEffective: 0,
    });
    expect(trend.filter((row) => row.effective + row.notEffective > 0)).toHaveLength(2);
  });
});
