import { KpiKey, macroConfigBoundsProblems, parseMacroConfig } from '../../../../src/domain/review/macroConfig';
import { MacroKind } from '../../../../src/domain/review/macroKinds';
import { fieldsOf, toConfig, type FormValues } from '../../../../static/review-macro-config/src/configFields';

/**
 * A macro config's bounds (issue 14, hole 8): only its kind's settings, each short and flat, are
 * read at all; whatever else a hand-made config carries is a problem naming the setting.
 */

/** Every field of the panel at its longest: what the largest honest config looks like. */
function longestPanelConfig(kind: MacroKind) {
  const values: FormValues = {};
  for (const field of fieldsOf(kind)) {
    if (field.kind === 'checkbox') values[field.name] = true;
    // The one multi-choice setting is the KPI tiles' list: every KPI at once is its longest.
    else if (field.kind === 'multi') values[field.name] = [...KpiKey.options];
    else values[field.name] = 'x'.repeat(191);
  }
  return toConfig(fieldsOf(kind), values);
}

/** `{"from":{"from":…}}`, `depth` levels, built without recursion. */
function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let i = 0; i < depth; i += 1) value = { from: value };
  return value;
}

describe('a macro config’s bounds', () => {
  it.each(MacroKind.options)('[P11.10g] %s: everything its config panel can save fits', (kind) => {
    expect(macroConfigBoundsProblems(kind, longestPanelConfig(kind))).toEqual([]);
    expect(macroConfigBoundsProblems(kind, {})).toEqual([]);
    expect(macroConfigBoundsProblems(kind, undefined)).toEqual([]);
  });

  it('[P11.10g] refuses a value nested 100,000 deep at its first level, naming the setting', () => {
    const problems = macroConfigBoundsProblems('kpiTiles', nested(100_000));
    expect(problems).toEqual([{ field: 'from', message: expect.stringContaining('A setting is text') }]);
    expect(parseMacroConfig('kpiTiles', nested(100_000))).toEqual({ ok: false, problems });
  });

  it('[P11.10g] refuses unknown settings, long text, long or nested lists and a config that is not a set of settings', () => {
    expect(macroConfigBoundsProblems('caAgeing', { buckets: '30', colour: 'red', size: 1 })).toEqual([
      { field: 'config', message: 'This macro has no setting "colour", "size"' },
    ]);
    expect(macroConfigBoundsProblems('findingRegister', { auditId: 'a'.repeat(257) })).toEqual([
      { field: 'auditId', message: 'A setting is at most 256 characters' },
    ]);
    expect(macroConfigBoundsProblems('kpiTiles', { tiles: Array.from({ length: 21 }, () => 'coverage') })).toEqual([
      { field: 'tiles', message: expect.stringContaining('at most 20') },
    ]);
    expect(macroConfigBoundsProblems('kpiTiles', { tiles: [['coverage']] })).toEqual([
      { field: 'tiles', message: expect.stringContaining('A setting is text') },
    ]);
    for (const config of ['all', 42, [1], true]) {
      expect(macroConfigBoundsProblems('kpiTiles', config)).toEqual([
        { field: 'config', message: 'A macro config is a set of named settings' },
      ]);
    }
  });

  it('leaves the meaning of settings to the macro’s own rules (a period’s two ends, rising buckets)', () => {
    expect(macroConfigBoundsProblems('caAgeing', { buckets: '60,30' })).toEqual([]);
    expect(parseMacroConfig('caAgeing', { buckets: '60,30' })).toMatchObject({
      ok: false,
      problems: [{ field: 'buckets' }],
    });
  });
});
