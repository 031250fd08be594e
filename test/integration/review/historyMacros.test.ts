import { computeMacroData } from '../../../src/app/review/macros/macroData';
import type { CoverageHeatMapView, ProgrammeScheduleView } from '../../../src/contract/review';
import { audit } from '../../unit/domain/review/kpis/kpiFixtures';
import { services, put, seedProgramme, checked, adfProblems, useKpiFixture } from './kpiMacros.fixture';

useKpiFixture();

/**
 * The heat-map and the schedule draw each audit by the dates it carries (planned dates and the day
 * it reached reporting), not by when its record was stored: the audits of the 2025 cycle below are
 * all stored today (24 November 2026), as a history import or a seed would store them.
 */
async function seedPastCycle() {
  await seedProgramme();
  const past = { programmeId: 'cycle-2025-01-01' };
  await put(
    'audit',
    audit('p1', { plannedStart: '2025-03-03', plannedEnd: '2025-03-07', itemIds: ['9.2.2'] }, 'closed', '2025-03-07', {
      ...past,
      ...checked('9.2.2'),
    }),
  );
  await put(
    'audit',
    audit('p2', { plannedStart: '2025-06-16', plannedEnd: '2025-06-20', itemIds: ['A.8.13'] }, 'closed', '2025-07-02', {
      ...past,
      ...checked('A.8.13'),
    }),
  );
}

const ready = async (macro: 'coverageHeatMap' | 'programmeSchedule', config: Record<string, unknown>) => {
  const data = await computeMacroData(services, macro, config, services.clock.now());
  if (data.status !== 'ready') throw new Error(data.reason);
  expect(adfProblems(data)).toEqual([]);
  return data.view;
};

describe("the heat-map and the schedule read history by the records' own dates", () => {
  it('marks a past cycle audited in the months its audits reached reporting', async () => {
    await seedPastCycle();
    const view = (await ready('coverageHeatMap', { cycleStart: '2025-01-01' })) as CoverageHeatMapView;
    const cells = (id: string) => view.rows.find((row) => row.id === id)!.cells;
    expect(view.months[0]).toBe('2025-01');
    // p1 reported 7 March 2025 (clause 9), p2 reported 2 July 2025 (A.8): their months, not November 2026.
    expect(cells('9').indexOf('audited')).toBe(2);
    expect(cells('A.8').indexOf('audited')).toBe(6);
    expect(cells('9').filter((cell) => cell === 'audited')).toHaveLength(1);
    // The cycle is over: a row still uncovered shows its gap in the last month only.
    expect(
      cells('A.5')
        .slice(0, 11)
        .every((cell) => cell === 'none'),
    ).toBe(true);
  });

  it("shows a past cycle's audits done on the days they were reported, not today", async () => {
    await seedPastCycle();
    const view = (await ready('programmeSchedule', { cycleStart: '2025-01-01' })) as ProgrammeScheduleView;
    expect(view.audits.map((bar) => [bar.auditId, bar.status, bar.note])).toEqual([
      ['p1', 'done', 'Done (closed; reported on 2025-03-07, by its planned end)'],
      ['p2', 'done', 'Done (closed; reported on 2025-07-02, 12 days after its planned end 2025-06-20)'],
    ]);
    const current = (await ready('programmeSchedule', {})) as ProgrammeScheduleView;
    expect(current.audits.map((bar) => bar.auditId)).toEqual(['a1', 'a2', 'a3', 'a4']);
  });
});
