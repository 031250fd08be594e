import { macroModuleKeys, macroTitles, MacroKind } from '../../../src/domain/review/macroKinds';
import { macroFrameContext } from '../../../static/review-macro/src/hostContext';
import { isFiguresMacro, macroKindOfModule, macroSurfaces } from '../../../static/review-macro/src/macroModules';
import { isReviewInputMacro } from '../../../src/domain/review/macroKinds';

describe('the review macro surface’s copy of the module keys', () => {
  it.each(MacroKind.options)('%s has the domain’s module key and title', (kind) => {
    expect(macroSurfaces[kind]).toEqual({ moduleKey: macroModuleKeys[kind], title: macroTitles[kind] });
    expect(macroKindOfModule(macroModuleKeys[kind])).toBe(kind);
    expect(isFiguresMacro(kind)).toBe(!isReviewInputMacro(kind));
  });

  it('has no kind the domain does not know', () => {
    expect(Object.keys(macroSurfaces).sort()).toEqual([...MacroKind.options].sort());
  });

  it('knows no macro for another module or none', () => {
    expect(macroKindOfModule('audit-programme')).toBeNull();
    expect(macroKindOfModule(undefined)).toBeNull();
  });
});

describe('the macro frame’s context', () => {
  it('reads the module key, the saved config, the configuring flag and the page', () => {
    expect(
      macroFrameContext({
        moduleKey: 'review-ca-ageing',
        extension: { config: { buckets: '30,60' }, macro: { isConfiguring: true }, content: { id: 42 } },
      }),
    ).toEqual({ moduleKey: 'review-ca-ageing', config: { buckets: '30,60' }, isConfiguring: true, contentId: '42' });
  });

  it('defaults a freshly inserted macro (no config) and ignores a malformed one', () => {
    expect(macroFrameContext({ moduleKey: 'review-kpi-tiles', extension: {} })).toEqual({
      moduleKey: 'review-kpi-tiles',
      config: {},
      isConfiguring: false,
      contentId: null,
    });
    expect(macroFrameContext({ extension: { config: ['a'] } }).config).toEqual({});
    expect(macroFrameContext(null).moduleKey).toBe('');
  });
});
