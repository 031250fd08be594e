import { parseMacroConfig } from '../../../../../src/domain/review/macroConfig';

describe('the programme schedule macro’s settings', () => {
  it('takes an optional cycle start', () => {
    expect(parseMacroConfig('programmeSchedule', {})).toEqual({ ok: true, config: {} });
    expect(parseMacroConfig('programmeSchedule', { cycleStart: '2025-01-01' })).toEqual({
      ok: true,
      config: { cycleStart: '2025-01-01' },
    });
  });

  it('names the field of a bad date and refuses other settings', () => {
    const bad = parseMacroConfig('programmeSchedule', { cycleStart: '2026-02-30' });
    expect(bad).toEqual({ ok: false, problems: [{ field: 'cycleStart', message: 'Not a real calendar date' }] });
    expect(parseMacroConfig('programmeSchedule', { rows: 'both' })).toEqual({
      ok: false,
      problems: [{ field: 'config', message: 'This macro has no setting "rows"' }],
    });
  });
});
