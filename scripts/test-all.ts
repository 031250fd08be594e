// `npm run test:all`: every Jest project, including the MariaDB and browser suites.
// 1. installs mariadb-server / chromium if missing (as root; see ensure-system-packages.ts),
// 2. starts a throwaway MariaDB (see mariadb-server.ts) and passes MARIADB_URL + CHROMIUM_PATH,
// 3. runs Jest (extra CLI args are passed through, e.g. `-- --selectProjects mariadb`),
// 4. always stops MariaDB, copies the JSON summary to .tmp/jest-summary.json and prints
//    `N passed, N failed` as the very last line; exits with Jest's exit code.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH, ensureSystemPackages } from './ensure-system-packages';
import { startThrowawayMariaDb, type ThrowawayMariaDb } from './mariadb-server';

const ROOT = path.resolve(__dirname, '..');
const SUMMARY_COPY = path.join(ROOT, '.tmp', 'jest-summary.json');
const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

interface JestSummary {
  numPassedTests: number;
  numFailedTests: number;
  numTotalTestSuites?: number;
  numRuntimeErrorTestSuites?: number;
  success?: boolean;
}

function readSummary(file: string): JestSummary | undefined {
  try {
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as JestSummary;
    if (typeof json.numPassedTests !== 'number' || typeof json.numFailedTests !== 'number') return undefined;
    return json;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  ensureSystemPackages();

  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-jest-'));
  const jsonFile = path.join(tmpDir, 'jest-results.json');
  fs.rmSync(SUMMARY_COPY, { force: true }); // never report a previous run's numbers

  let db: ThrowawayMariaDb | undefined;
  let interrupted: NodeJS.Signals | undefined;
  let killChild: ((signal: NodeJS.Signals) => void) | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    // A second signal means "now": exit at once (mariadb-server.ts's exit hook kills mariadbd).
    if (interrupted) process.exit(SIGNAL_EXIT[signal] ?? 1);
    interrupted = signal;
    console.error(`[test-all] ${signal}: stopping (again to force)`);
    // Without a Jest child yet, main() notices `interrupted` once MariaDB is up and stops it.
    killChild?.(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  let jestCode: number;
  try {
    db = await startThrowawayMariaDb();
    if (interrupted) return SIGNAL_EXIT[interrupted] ?? 1;
    console.error(`[test-all] MARIADB_URL=${db.url} CHROMIUM_PATH=${CHROMIUM_PATH}`);

    const args = [
      path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'),
      '--json',
      `--outputFile=${jsonFile}`,
      ...process.argv.slice(2),
    ];
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, MARIADB_URL: db.url, CHROMIUM_PATH },
    });
    killChild = (signal) => {
      child.kill(signal);
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    };
    jestCode = await new Promise<number>((resolve) => {
      child.on('error', (err) => {
        console.error(`[test-all] could not run Jest: ${err.message}`);
        resolve(1);
      });
      child.on('exit', (code, signal) => resolve(code ?? (signal ? (SIGNAL_EXIT[signal] ?? 1) : 1)));
    });
  } finally {
    await db?.stop();
  }

  const summary = readSummary(jsonFile);
  if (summary) {
    fs.mkdirSync(path.dirname(SUMMARY_COPY), { recursive: true });
    fs.copyFileSync(jsonFile, SUMMARY_COPY);
  }
  fs.rmSync(tmpDir, { recursive: true, force: true });

  if (!summary) {
    console.error('[test-all] Jest wrote no JSON summary — counting the run as failed.');
    console.log('0 passed, 0 failed');
    return jestCode !== 0 ? jestCode : 1;
  }
  const broken = summary.numRuntimeErrorTestSuites ?? 0;
  if (broken > 0) {
    console.error(`[test-all] ${broken} test suite(s) failed to run (not counted as tests below).`);
  }
  const code = interrupted
    ? (SIGNAL_EXIT[interrupted] ?? 1)
    : jestCode !== 0
      ? jestCode
      : summary.numFailedTests > 0 || broken > 0 || summary.success === false
        ? 1
        : 0;
  console.log(`${summary.numPassedTests} passed, ${summary.numFailedTests} failed`);
  return code;
}

// process.exit (not exitCode): a stray handle must not keep CI waiting after the summary line.
main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);
