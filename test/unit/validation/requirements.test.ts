import fs from 'node:fs';
import path from 'node:path';
import { requirements } from '../../../scripts/validation/requirements';
import { tracedTests } from '../../../scripts/validation/tracedTests';

const root = path.resolve(__dirname, '../../..');

/** The title as it stands in `it('…')`, in either quote style the formatter may leave. */
function isWrittenIn(source: string, title: string): boolean {
  const single = `'${title.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const double = `"${title.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return source.includes(`(${single}`) || source.includes(`(${double}`);
}

describe('the validation catalogue', () => {
  it('[A11.4] every requirement names at least one test, and each named test exists in its file', () => {
    const problems: string[] = [];
    for (const requirement of requirements) {
      const named = tracedTests[requirement.id] ?? [];
      if (named.length === 0) problems.push(`${requirement.id} names no test`);
      for (const { file, test } of named) {
        const full = path.join(root, file);
        if (!fs.existsSync(full)) {
          problems.push(`${requirement.id}: ${file} does not exist`);
          continue;
        }
        if (!isWrittenIn(fs.readFileSync(full, 'utf8'), test))
          problems.push(`${requirement.id}: no test "${test}" in ${file}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('names tests only for requirements of the catalogue, and every id once', () => {
    const ids = requirements.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(tracedTests).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('[A11.4] names only test files a plain run finds: no browser or MariaDB suite the --only-traced run would need a server for', () => {
    const files = Object.values(tracedTests).flatMap((tests) => tests.map((t) => t.file));
    expect(files.filter((f) => !/^test\/(unit|integration)\/.+\.test\.ts$/.test(f))).toEqual([]);
  });

  it('covers every GxP-critical function an inspector samples', () => {
    const ids = requirements.map((r) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'GxP.signing',
        'GxP.lockout',
        'GxP.trail',
        'GxP.trailVerification',
        'GxP.reportApproval',
        'GxP.reportFreeze',
        'GxP.verificationGate',
        'GxP.ncClosure',
        'GxP.minutesSignature',
        'GxP.recordExport',
        'GxP.retrieval',
        'GxP.accessControl',
        'A11.12',
        'A11.4',
      ]),
    );
  });
});
