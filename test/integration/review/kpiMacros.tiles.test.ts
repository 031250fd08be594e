import { checkAdf } from '../../../sandbox/openapi/adf';
import { doc } from '../../../src/app/pages/adf';
import { computeMacroData } from '../../../src/app/review/macros/macroData';
import type { KpiKey, KpiTilesView, MacroData, TargetedKpiTile } from '../../../src/contract/review';
import { requiredItems } from '../../../src/domain/audits/scope';
import { defaultStatementOfApplicability } from '../../../src/domain/soa/soa';
import { services, call, seedProgramme, counted, adfProblems, useKpiFixture } from './kpiMacros.fixture';

useKpiFixture();

describe('the KPI tiles macro', () => {
  it('computes every KPI of the current cycle from the store, in one statement and no Jira call', async () => {
    await seedProgramme();
    const answer = await call('getMacroData', { macro: 'kpiTiles', config: {} });
    expect(answer.ok).toBe(true);
    const data = answer.value as MacroData;
    if (data.status !== 'ready') throw new Error(data.reason);
    const view = data.view as KpiTilesView;
    expect(view.period).toEqual({ from: '2026-01-01', to: '2026-12-31', source: 'cycle' });
    const tile = Object.fromEntries(view.tiles.map((t) => [t.key, t])) as Record<KpiKey, TargetedKpiTile>;
    expect(view.tiles.map((t) => t.key)).toEqual([
      'auditsOnSchedule',
      'coverage',
      'openNcsByGrade',
      'ncClosureTime',
      'overdueCas',
      'caEffectiveness',
      'repeatFindings',
      'incidents',
      'trainingCompletion',
    ]);
    // due: a1, a2, a3 (a4 ends 10 Dec); on time: a1 → 1 ÷ 3 = 33.3 %
    expect(tile.auditsOnSchedule).toMatchObject({ figure: 33.3, value: '33.3%', status: 'bad' });
    expect(tile.auditsOnSchedule.detail).toBe(
      '1 of 3 audits due reached reporting by their planned end; 1 more not due yet',
    );
    // 9.2.2 and A.8.13 audited, out of every leaf clause and every control (the default SoA)
    const required = requiredItems(defaultStatementOfApplicability()).length;
    expect(tile.coverage.figure).toBe(Math.round((2 / required) * 1000) / 10);
    expect(tile.coverage.breakdown[0]).toEqual({ label: 'audited', value: 2 });
    // open on 24 Nov: f2 (minor) → 0 major, 1 minor
    expect(tile.openNcsByGrade).toMatchObject({ figure: 1, status: 'warning' });
    expect(tile.openNcsByGrade.breakdown).toEqual([
      { label: 'major NC', value: 0 },
      { label: 'minor NC', value: 1 },
    ]);
    // closed in 2026: f1 30 days, f4 31 days (1 Aug → 1 Sep in Dublin) → median rank 1 = 30, p90 rank 2 = 31
    expect(tile.ncClosureTime).toMatchObject({ figure: 30, value: '30 days' });
    expect(tile.ncClosureTime.detail).toContain('90th percentile 31 days');
    // CA2: due 1 Oct → 24 Nov = 30 + 24 = 54 days overdue
    expect(tile.overdueCas).toMatchObject({ figure: 1, status: 'bad' });
    expect(tile.overdueCas.detail).toContain('the longest 54 days overdue');
    // first verifications: CA1 effective, CA3 not effective (closed later) → 1 ÷ 2 = 50 %
    expect(tile.caEffectiveness).toMatchObject({ figure: 50, value: '50%', status: 'bad' });
    // raised in 2026: f1 f2 f3 f4; f3 repeats
    expect(tile.repeatFindings).toMatchObject({ figure: 1, status: 'warning' });
    // January and February recorded (2 + 0 incidents; mean hours (2 × 5) ÷ 2 = 5); March–November missing
    expect(tile.incidents).toMatchObject({ figure: 2, source: 'missing' });
    expect(tile.incidents.detail).toContain(
      '2026-03, 2026-04, 2026-05, 2026-06, 2026-07, 2026-08, 2026-09, 2026-10 and 2026-11',
    );
    expect(tile.incidents.detail).toContain('mean 5 h to resolve');
    expect(tile.incidents.detail).toMatch(/programme manager records them/);
    // (90 + 100) ÷ 2 = 95 %
    expect(tile.trainingCompletion).toMatchObject({ figure: 95, source: 'missing', status: 'good' });

    const probe = counted(services);
    const again = await computeMacroData(probe.services, 'kpiTiles', {}, services.clock.now());
    expect(again).toEqual(data);
    expect(probe.reads).toEqual([
      'listMany(["programmeSettings","audit","finding","correctiveAction","caVerification","periodFigures","statementOfApplicability","ncExemption","dueDateExtension","kpiTargets"])',
    ]);
    expect(adfProblems(data)).toEqual([]);
  });

  it('shows "—" with the reason for a period with no data, and only the tiles the config asks for', async () => {
    await seedProgramme();
    const answer = await call('getMacroData', {
      macro: 'kpiTiles',
      config: { from: '2025-01-01', to: '2025-03-31', tiles: ['caEffectiveness', 'auditsOnSchedule', 'incidents'] },
    });
    const view = answer.value.view as KpiTilesView;
    expect(view.period).toEqual({ from: '2025-01-01', to: '2025-03-31', source: 'config' });
    expect(view.tiles.map((t) => [t.key, t.figure, t.value])).toEqual([
      ['caEffectiveness', null, '—'],
      ['auditsOnSchedule', null, '—'],
      ['incidents', null, '—'],
    ]);
    expect(view.tiles[0]!.detail).toBe(
      'No corrective action had its first signed verification between 2025-01-01 and 2025-03-31',
    );
    expect(view.tiles[1]!.detail).toBe('No audit planned to end between 2025-01-01 and 2025-03-31 is due yet');
    expect(view.tiles[2]).toMatchObject({ source: 'missing', status: 'neutral' });
    expect(view.tiles[2]!.detail).toContain('2025-01, 2025-02 and 2025-03 are not recorded');
    expect(adfProblems(answer.value)).toEqual([]);
  });

  it('works on a new installation with no settings and no records', async () => {
    const answer = await call('getMacroData', { macro: 'kpiTiles', config: {} });
    expect(answer.value.status).toBe('ready');
    const view = answer.value.view as KpiTilesView;
    expect(view.tiles.find((t) => t.key === 'openNcsByGrade')).toMatchObject({ figure: 0, status: 'good' });
    expect(adfProblems(answer.value)).toEqual([]);
    // the checker is live: an empty table is refused
    expect(checkAdf(doc([{ type: 'table', content: [] }]))).not.toEqual([]);
  });
});
