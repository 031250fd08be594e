import { checkAdf } from '../../../sandbox/openapi/adf';
import { doc } from '../../../src/app/pages/adf';
import { parseMacroConfig } from '../../../src/domain/review/macroConfig';
import { call, adfProblems, useKpiFixture } from './kpiMacros.fixture';

useKpiFixture();

describe('config validation of the three macros', () => {
  const problems = (macro: 'kpiTiles' | 'caAgeing' | 'trendChart', config: unknown) => {
    const parsed = parseMacroConfig(macro, config);
    return parsed.ok ? [] : parsed.problems;
  };

  it('names the field and says what is wrong', () => {
    expect(problems('kpiTiles', {})).toEqual([]);
    expect(problems('kpiTiles', { from: '2026-01-01' })).toEqual([
      { field: 'to', message: 'Give both ends of the period, or neither for the current cycle' },
    ]);
    expect(problems('kpiTiles', { from: '2026-06-01', to: '2026-01-01' })).toEqual([
      { field: 'to', message: 'The period ends before it starts' },
    ]);
    expect(problems('kpiTiles', { tiles: [] })).toEqual([{ field: 'tiles', message: 'Choose at least one KPI' }]);
    expect(problems('kpiTiles', { tiles: ['coverage', 'happiness'] })).toEqual([
      { field: 'tiles.1', message: expect.stringContaining('auditsOnSchedule') },
    ]);
    expect(problems('kpiTiles', { colour: 'red' })).toEqual([
      { field: 'config', message: 'This macro has no setting "colour"' },
    ]);
    expect(problems('caAgeing', { buckets: '60,30' })).toEqual([
      { field: 'buckets', message: 'Bucket limits must be above 0 and rising, such as 30,60,90' },
    ]);
    expect(problems('caAgeing', { buckets: 'thirty' })).toEqual([
      { field: 'buckets', message: 'Bucket limits in days, separated by commas, such as 30,60,90' },
    ]);
    expect(problems('caAgeing', { grade: 'observation' })).toEqual([
      { field: 'grade', message: expect.stringContaining('majorNC') },
    ]);
    expect(problems('caAgeing', { grade: '', buckets: '' })).toEqual([]);
    expect(problems('trendChart', { series: 'pie' })).toEqual([
      { field: 'series', message: expect.stringContaining('findingsByGrade') },
    ]);
    expect(problems('trendChart', { from: '2026-02-30', to: '2026-03-01' })).toEqual([
      { field: 'from', message: 'Not a real calendar date' },
    ]);
  });

  it('shows a macro with a bad config as unavailable, naming the problems, and prints it as valid ADF', async () => {
    const answer = await call('getMacroData', { macro: 'caAgeing', config: { buckets: '0,10' } });
    expect(answer.value).toMatchObject({
      status: 'unavailable',
      problems: [{ field: 'buckets', message: 'Bucket limits must be above 0 and rising, such as 30,60,90' }],
    });
    expect(adfProblems(answer.value)).toEqual([]);
    // the checker is live: an empty table is refused
    expect(checkAdf(doc([{ type: 'table', content: [] }]))).not.toEqual([]);
  });
});
