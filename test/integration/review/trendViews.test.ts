import { computeMacroData } from '../../../src/app/review/macros/macroData';
import type { TrendChartView } from '../../../src/contract/review';
import { action, finding, verification } from '../../unit/domain/review/kpis/kpiFixtures';
import { services, call, put, seedProgramme, counted, adfProblems, useKpiFixture } from './kpiMacros.fixture';

useKpiFixture();

const area = (name: string) => ({
  name,
  ownerId: 'acct-owner',
  memberIds: [],
  likelihood: 3,
  impact: 3,
  itemIds: ['A.8.13'],
});

/**
 * The KPI fixture's 2026 cycle (Dublin, today 24 November 2026) with history in the two cycles
 * before it, each record carrying its own past date: findings raised in 2024 and 2025, a
 * corrective action opened and closed in 2025, verifications signed in 2025.
 */
async function seedHistory() {
  await seedProgramme();
  await put('auditableArea', { id: 'area-it', record: area('IT operations') });
  await put('auditableArea', { id: 'area-hr', record: area('Human resources') });
  for (const item of [
    finding('h1', 'minorNC', '2024-02-12', { itemId: '9.2.2', areaId: 'area-hr' }),
    finding('h2', 'majorNC', '2025-05-20', { itemId: 'A.5.15', areaId: 'area-it' }),
    finding('h3', 'observation', '2025-05-21', { itemId: 'A.8.13', areaId: 'area-hr' }),
    finding('h4', 'minorNC', '2023-12-31', { itemId: '7.2', areaId: 'area-hr' }),
  ]) {
    await put('finding', item);
  }
  await put(
    'correctiveAction',
    action('CA9', ['h2'], 'closed', {
      openedAt: '2025-05-21T09:00:00Z',
      closedAt: '2025-08-29T09:00:00Z',
      verificationIds: ['CA9:v1', 'CA9:v2'],
      notEffectiveCount: 1,
    }),
  );
  await put('caVerification', verification('CA9', 1, 'notEffective', '2025-07-01T09:00:00Z'));
  await put('caVerification', verification('CA9', 2, 'effective', '2025-08-29T09:00:00Z'));
}

const viewOf = async (config: Record<string, unknown>) => {
  const probe = counted(services);
  const data = await computeMacroData(probe.services, 'trendChart', config, services.clock.now());
  if (data.status !== 'ready') throw new Error(data.reason);
  expect(adfProblems(data)).toEqual([]);
  return { view: data.view as TrendChartView, reads: probe.reads };
};

const row = <T extends { quarter: string }>(rows: T[] | undefined, quarter: string) =>
  rows!.find((r) => r.quarter === quarter)!;

describe('the trend macro across cycles, at records of several dates', () => {
  it('reads a config saved before there was a choice as findings by grade over the current cycle', async () => {
    await seedHistory();
    const { view } = await viewOf({ series: 'both' });
    expect(view.shows).toBe('findingsByGrade');
    expect(view.quarters).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(view.cycles).toEqual([{ start: '2026-01-01', end: '2027-01-01' }]);
    // h1–h4 were raised in earlier cycles: none of them is in this cycle's quarters.
    expect(view.findingsByGrade.reduce((sum, q) => sum + q.majorNC + q.minorNC + q.observation, 0)).toBe(4);
  });

  it('shows findings by area per quarter across three cycles, by the day each was raised', async () => {
    await seedHistory();
    const { view, reads } = await viewOf({ shows: 'findingsByArea', cycles: '3' });
    expect(reads).toEqual(['listMany(["programmeSettings","finding","auditableArea"])']);
    expect(view.period).toEqual({ from: '2024-01-01', to: '2026-12-31', source: 'cycle' });
    expect(view.cycles).toHaveLength(3);
    expect(view.quarters).toHaveLength(12);
    expect(view.breakdown!.groups).toEqual([
      { key: 'area-hr', label: 'Human resources' },
      { key: 'area-it', label: 'IT operations' },
    ]);
    expect(row(view.breakdown!.rows, '2024-Q1').counts).toEqual([1, 0]);
    expect(row(view.breakdown!.rows, '2025-Q2').counts).toEqual([1, 1]);
    // The fixture's 2026 findings are all in area-it.
    expect(row(view.breakdown!.rows, '2026-Q3').counts).toEqual([0, 3]);
  });

  it('shows findings by clause and control group across two cycles', async () => {
    await seedHistory();
    const { view, reads } = await viewOf({ shows: 'findingsByClause', cycles: 2 });
    expect(reads).toEqual(['listMany(["programmeSettings","finding"])']);
    expect(view.quarters[0]).toBe('2025-Q1');
    const at = (quarter: string, key: string) =>
      row(view.breakdown!.rows, quarter).counts[view.breakdown!.groups.findIndex((g) => g.key === key)];
    expect(at('2025-Q2', 'A.5')).toBe(1);
    expect(at('2025-Q2', 'A.8')).toBe(1);
    expect(at('2026-Q3', 'A.8')).toBe(3);
    expect(view.breakdown!.rows.flatMap((r) => r.counts).reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('shows corrective-action closure time and effectiveness per quarter of their own dates', async () => {
    await seedHistory();
    const closure = await viewOf({ shows: 'caClosureTime', cycles: 2 });
    expect(closure.reads).toEqual(['listMany(["programmeSettings","correctiveAction"])']);
    // CA9 opened 21 May 2025, closed 29 Aug 2025: 100 days.
    expect(row(closure.view.caClosureTime, '2025-Q3')).toEqual({
      quarter: '2025-Q3',
      closed: 1,
      medianDays: 100,
      longestDays: 100,
    });
    expect(row(closure.view.caClosureTime, '2026-Q2').closed).toBe(1);
    const effectiveness = await viewOf({ shows: 'caEffectiveness', cycles: 2 });
    expect(effectiveness.reads).toEqual(['listMany(["programmeSettings","correctiveAction","caVerification"])']);
    expect(row(effectiveness.view.caEffectiveness, '2025-Q3')).toEqual({
      quarter: '2025-Q3',
      effective: 1,
      notEffective: 1,
    });
    expect(row(effectiveness.view.caEffectiveness, '2026-Q3')).toEqual({
      quarter: '2026-Q3',
      effective: 1,
      notEffective: 1,
    });
  });

  it('refuses more than three cycles, naming the setting; a period of its own replaces the cycles', async () => {
    const problems = async (config: unknown) =>
      (await call('checkMacroConfig', { macro: 'trendChart', config })).value.problems;
    expect(await problems({ cycles: 4 })).toEqual([
      { field: 'cycles', message: 'The number of cycles is a whole number from 1 to 3' },
    ]);
    expect((await problems({ shows: 'pie' }))[0].field).toBe('shows');
    await seedHistory();
    const { view } = await viewOf({ shows: 'findingsByClause', cycles: 3, from: '2025-04-01', to: '2025-06-30' });
    expect(view.period).toEqual({ from: '2025-04-01', to: '2025-06-30', source: 'config' });
    expect(view.quarters).toEqual(['2025-Q2']);
    expect(view.cycles).toEqual([{ start: '2025-01-01', end: '2026-01-01' }]);
  });
});
