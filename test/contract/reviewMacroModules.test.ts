import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { repoRoot } from '../../sandbox/uiBuild';
import {
  MacroKind,
  macroExportFunctionKeys,
  macroKindOfModule,
  macroModuleKeys,
} from '../../src/domain/review/macroKinds';
import * as reviewExport from '../../src/entry/reviewExport';

interface Module {
  key: string;
  resource?: string;
  handler?: string;
  config?: { resource?: string };
  adfExport?: { function?: string };
}
const manifest = yaml.load(fs.readFileSync(path.join(repoRoot, 'manifest.yml'), 'utf8')) as {
  modules: Record<string, Module[]>;
};

describe('the review macros in manifest.yml', () => {
  const macros = manifest.modules.macro ?? [];
  const functions = manifest.modules.function ?? [];

  it.each(MacroKind.options)(
    '%s has its macro module with the shared resource, config panel and its own adfExport',
    (kind) => {
      const macro = macros.find((m) => m.key === macroModuleKeys[kind]);
      expect(macro).toMatchObject({
        resource: 'review-macro',
        config: { resource: 'review-macro-config' },
        adfExport: { function: macroExportFunctionKeys[kind] },
      });
      const fn = functions.find((f) => f.key === macroExportFunctionKeys[kind]);
      // The handler named in the manifest is the export of entry/reviewExport for this very kind.
      const exportName = fn?.handler?.replace('entry/reviewExport.', '') ?? '';
      expect(fn?.handler).toBe(`entry/reviewExport.${kind}`);
      expect(typeof (reviewExport as Record<string, unknown>)[exportName]).toBe('function');
      expect(macroKindOfModule(macroModuleKeys[kind])).toBe(kind);
    },
  );

  it('has no macro module the app does not know', () => {
    expect(macros.map((m) => macroKindOfModule(m.key))).not.toContain(null);
  });
});
