// `npm run validation-pack`: runs every test (as `npm run test:all` does) and writes
// docs/validation/trace.md — each requirement, our paraphrase, the tests that prove it with their
// result in this run, and the requirements no passing test proves. Exits non-zero when any
// requirement is unproven, so CI fails on it.
//   --from-last-run  re-reads the last full run's Jest JSON (.tmp/jest-summary.json) instead of
//                    running the tests again: CI (.ci/run) calls it right after `npm run test:all`.
//   --only-traced    runs only the test files the requirements name (scripts/validation/tracedTests.ts)
//                    and traces that run, for a machine where the whole suite may not run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { requirements } from './validation/requirements';
import { buildTrace, type JestJson } from './validation/trace';
import { tracedTests } from './validation/tracedTests';

const root = path.resolve(__dirname, '..');
const fullRunFile = path.join(root, '.tmp', 'jest-summary.json');
const tracedRunFile = path.join(root, '.tmp', 'jest-traced.json');
const out = path.join(root, 'docs', 'validation', 'trace.md');
const onlyTraced = process.argv.includes('--only-traced');

function runTracedFiles(): void {
  const files = [...new Set(Object.values(tracedTests).flatMap((tests) => tests.map((t) => t.file)))].sort();
  fs.mkdirSync(path.dirname(tracedRunFile), { recursive: true });
  fs.rmSync(tracedRunFile, { force: true }); // never trace a previous run's results
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
      '--json',
      `--outputFile=${tracedRunFile}`,
      '--runTestsByPath',
      ...files,
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (run.status !== 0) console.error('validation-pack: some tests failed; the trace records their results');
}

if (onlyTraced) runTracedFiles();
else if (!process.argv.includes('--from-last-run')) {
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'scripts/run-ts.cjs'), path.join(root, 'scripts/test-all.ts')],
    { cwd: root, stdio: 'inherit' },
  );
  if (run.status !== 0) console.error('validation-pack: some tests failed; the trace records their results');
}
const resultsFile = onlyTraced ? tracedRunFile : fullRunFile;
if (!fs.existsSync(resultsFile)) {
  console.error(
    `validation-pack: no Jest results found (${path.relative(root, resultsFile)}); run without --from-last-run`,
  );
  process.exit(1);
}
const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as JestJson;
const trace = buildTrace(results, requirements, tracedTests, { root, scope: onlyTraced ? 'traced' : 'full' });
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, trace.markdown);
console.log(
  `validation-pack: wrote ${path.relative(root, out)} — ${requirements.length - trace.unproven.length} of ${requirements.length} requirements proven by a passing test`,
);
if (trace.unproven.length > 0) {
  console.error(`validation-pack: no passing test proves ${trace.unproven.join(', ')}`);
  process.exit(1);
}
