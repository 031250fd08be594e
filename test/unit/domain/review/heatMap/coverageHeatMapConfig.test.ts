import { parseMacroConfig } from '../../../../../src/domain/review/macroConfig';

describe('the coverage heat-map macro’s settings', () => {
  it('takes a cycle start and the rows to show, both optional', () => {
    expect(parseMacroConfig('coverageHeatMap', { rows: 'themes', cycleStart: '' })).toEqual({
      ok: true,
      config: { rows: 'themes' },
    });
    expect(parseMacroConfig('coverageHeatMap', { cycleStart: '2026-01-01' })).toEqual({
      ok: true,
      config: { cycleStart: '2026-01-01' },
    });
  });

  it('refuses unknown rows, impossible dates and settings it does not have', () => {
    expect(parseMacroConfig('coverageHeatMap', { rows: 'controls' })).toEqual({
      ok: false,
      problems: [{ field: 'rows', message: 'Rows are clauses, themes or both' }],
    });
    expect(parseMacroConfig('coverageHeatMap', { cycleStart: '2026-13-01' })).toEqual({
      ok: false,
      problems: [{ field: 'cycleStart', message: 'Not a real calendar date' }],
    });
    expect(parseMacroConfig('coverageHeatMap', { from: '2026-01-01', to: '2026-12-31' })).toEqual({
      ok: false,
      problems: [{ field: 'config', message: 'This macro has no setting "from", "to"' }],
    });
  });
});
