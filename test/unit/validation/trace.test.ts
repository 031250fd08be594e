import path from 'node:path';
import type { Requirement } from '../../../scripts/validation/requirements';
import { buildTrace, type Assertion, type JestJson } from '../../../scripts/validation/trace';

const root = path.resolve('/repo');
const requirement = (id: string): Requirement => ({ id, source: `source of ${id}`, paraphrase: `words of ${id}` });
const assertion = (title: string, status: string, group = 'a block'): Assertion => ({
  title,
  status,
  ancestorTitles: [group],
  fullName: `${group} ${title}`,
});
const run = (files: Record<string, Assertion[]>): JestJson => ({
  startTime: Date.parse('2026-12-07T20:00:00.000Z'),
  numPassedTests: Object.values(files)
    .flat()
    .filter((a) => a.status === 'passed').length,
  numFailedTests: Object.values(files)
    .flat()
    .filter((a) => a.status === 'failed').length,
  testResults: Object.entries(files).map(([name, assertionResults]) => ({
    name: path.join(root, name),
    assertionResults,
  })),
});

describe('the validation trace of one run', () => {
  it('[A11.4] a requirement whose named tests all failed is unproven, and the pack says which', () => {
    const trace = buildTrace(
      run({ 'test/unit/a.test.ts': [assertion('signs once', 'failed'), assertion('[R.one] locks', 'passed')] }),
      [requirement('R.one'), requirement('R.two'), requirement('R.three')],
      { 'R.two': [{ file: 'test/unit/a.test.ts', test: 'signs once' }] },
      { root, scope: 'full' },
    );
    expect(trace.unproven).toEqual(['R.two', 'R.three']);
    expect(trace.untested).toEqual(['R.three']);
    expect(trace.markdown).toContain('- R.two (its tests did not pass)');
    expect(trace.markdown).toContain('- R.three (no test ran)');
    expect(trace.markdown).toContain(
      '| R.two | source of R.two | words of R.two | a block signs once (`test/unit/a.test.ts`) | ❌ failed |',
    );
  });

  it('traces a test by its id in the name and by being named for a requirement, in the same file only', () => {
    const trace = buildTrace(
      run({
        'test/unit/a.test.ts': [assertion('[R.one] writes the trail', 'passed')],
        'test/unit/b.test.ts': [assertion('reads it back', 'passed')],
        'test/unit/c.test.ts': [assertion('reads it back', 'failed')],
      }),
      [requirement('R.one'), requirement('R.two')],
      { 'R.two': [{ file: 'test/unit/b.test.ts', test: 'reads it back' }] },
      { root, scope: 'traced' },
    );
    expect(trace.unproven).toEqual([]);
    expect(trace.markdown).toContain('only the test files the requirements name');
    expect(trace.markdown).not.toContain('test/unit/c.test.ts');
    expect(trace.markdown).toContain('## Requirements no passing test proves\n\nNone.');
  });

  it('counts a skipped test as no proof, and lists ids no requirement has', () => {
    const trace = buildTrace(
      run({ 'test/unit/a.test.ts': [assertion('[R.one] [X.9] waits', 'pending')] }),
      [requirement('R.one')],
      {},
      { root, scope: 'full' },
    );
    expect(trace.unproven).toEqual(['R.one']);
    expect(trace.markdown).toContain('⚠️ pending');
    expect(trace.markdown).toContain('## Ids used in test names but not in the catalogue\n\n- X.9');
  });
});
