import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Bench, BenchFigure } from '../benchTypes';
import { figuresPrefix, scaleJobs } from './scaleJobs';
import { scaleFiles, scaleSize, seedScale, type ScaleSize } from './scaleSeed';

/**
 * `scale` (issue 17): every job at the large customer's size, measured against Forge's limits.
 *
 *  - `BENCH_SCALE` scales every count (default 1: 10,000 findings, 2 million trail entries; 0.1 for
 *    a quick look); `BENCH_SCALE_JOBS=verifyTrail,reconcile` runs some jobs only.
 *  - The seeded install is kept under `.tmp/bench-scale-<scale>/seed` and copied for each run (the
 *    jobs write); `BENCH_SCALE_RESEED=1` seeds it again.
 *  - Each job runs in a process of its own (a fresh function instance, warmed by one call) with a
 *    heap of `BENCH_SCALE_HEAP_MB` (default 4096) and at most `BENCH_SCALE_JOB_TIMEOUT_S` (default
 *    1200) seconds: a job that runs out of either is reported as `failed` 1, with its error.
 */

const repoRoot = path.resolve(__dirname, '../../..');
const scale = Number(process.env.BENCH_SCALE ?? 1);
const heapMb = Number(process.env.BENCH_SCALE_HEAP_MB ?? 4096);
const jobTimeoutMs = Number(process.env.BENCH_SCALE_JOB_TIMEOUT_S ?? 1200) * 1000;
const chosenJobs = process.env.BENCH_SCALE_JOBS?.split(',');
/**
 * Bump when the seed changes, so a kept seed of an older shape is not reused. 2: trail entries
 * stored as the app now stores them (an update as its changes), and every update a real change.
 */
const SEED_VERSION = 2;

function copyInstall(from: string, to: string): void {
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(to, { recursive: true });
  for (const name of fs.readdirSync(from)) fs.copyFileSync(path.join(from, name), path.join(to, name));
}

async function seededInstall(root: string, size: ScaleSize, figure: Figure): Promise<string> {
  const seed = path.join(root, 'seed');
  const marker = path.join(seed, 'seeded.json');
  const kept = fs.existsSync(marker) && (JSON.parse(fs.readFileSync(marker, 'utf8')) as { version?: number }).version;
  // A seed linked in from elsewhere (the 2.4 GB full-size one is shared) is never written here: an
  // older one is used as it is, its trail entries all stored whole, as an install written before
  // compact entries holds them.
  const linked = fs.existsSync(seed) && fs.lstatSync(seed).isSymbolicLink();
  if (linked && kept !== SEED_VERSION) console.warn(`scale: using the linked seed of version ${String(kept)} as it is`);
  if (!linked && (process.env.BENCH_SCALE_RESEED || kept !== SEED_VERSION)) {
    const started = performance.now();
    const { trailEntries } = await seedScale(seed, size);
    fs.writeFileSync(marker, JSON.stringify({ ...size, trailEntries, version: SEED_VERSION }));
    figure('seed', 'seedMs', Math.round(performance.now() - started), 'ms', null);
  }
  // A copy per run (the jobs write), named by process so two runs of different jobs can share a seed.
  const work = path.join(root, `run-${process.pid}`);
  copyInstall(seed, work);
  return work;
}

type Figure = (
  job: string,
  metric: string,
  value: number,
  unit: string,
  limit: number | null,
  atLeast?: boolean,
) => void;

/** Runs one job in its own process and returns the figures it printed (or why it printed none). */
function runJob(dir: string, job: string): Promise<Record<string, number | string>> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        `--max-old-space-size=${heapMb}`,
        path.join(repoRoot, 'scripts/run-ts.cjs'),
        path.join(__dirname, 'scaleWorker.ts'),
        dir,
        job,
      ],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-2000)));
    // The worker stops its job at the limit and reports; this is for a worker that cannot.
    const timer = setTimeout(() => child.kill('SIGKILL'), jobTimeoutMs + 120_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith(figuresPrefix));
      if (line) return resolve(JSON.parse(line.slice(figuresPrefix.length)) as Record<string, number | string>);
      const why = signal
        ? `stopped by ${signal} (out of memory, or past the time limit)`
        : /heap out of memory/i.test(err)
          ? `ran out of memory (heap ${heapMb} MiB)`
          : `exited ${String(code)}: ${err.trim().split('\n').slice(-3).join(' ')}`;
      resolve({ failed: 1, error: why });
    });
  });
}

/** The stored bytes of the trail's entries: the text columns' bytes plus two 8-byte integers (seq, version). */
function trailBytes(dir: string): { entries: number; bytesPerEntry: number } {
  const db = new BetterSqlite3(scaleFiles(dir).sql, { readonly: true });
  try {
    const row = db
      .prepare(
        `SELECT COUNT(*) AS entries, AVG(16 + LENGTH(CAST(at AS BLOB)) + LENGTH(CAST(actor AS BLOB)) + LENGTH(CAST(action AS BLOB))
           + LENGTH(CAST(entity_type AS BLOB)) + LENGTH(CAST(entity_id AS BLOB)) + COALESCE(LENGTH(CAST(before_json AS BLOB)), 0)
           + COALESCE(LENGTH(CAST(after_json AS BLOB)), 0) + COALESCE(LENGTH(CAST(reason AS BLOB)), 0)
           + LENGTH(CAST(prev_hash AS BLOB)) + LENGTH(CAST(hash AS BLOB))) AS bytes FROM audit_trail`,
      )
      .get() as { entries: number; bytes: number };
    return { entries: row.entries, bytesPerEntry: Math.round(row.bytes) };
  } finally {
    db.close();
  }
}

const units: Record<string, string> = {
  statements: 'statements',
  maxResponseBytes: 'bytes',
  maxQueryMs: 'ms',
  wallMs: 'ms',
  limitHits: 'hits',
  headroom: 'x',
  failed: 'jobs',
};
/** Figures the worker prints that the table leaves out (the limit a job ran under; points, which the jira bench covers). */
const unlisted = new Set(['invocationLimitMs', 'jiraPoints']);

export const scaleBench: Bench = {
  name: 'scale',
  description: `every job at the large customer's size (scale ${scale}) against Forge's limits`,
  async run(report: (figure: BenchFigure) => void) {
    const figure: Figure = (job, metric, value, unit, limit, atLeast = false) =>
      report({ bench: 'scale', case: job, metric, value, unit, limit, ...(atLeast ? { atLeast } : {}) });
    const size = scaleSize(scale);
    const root = path.join(repoRoot, '.tmp', `bench-scale-${scale}`);
    const dir = await seededInstall(root, size, figure);
    try {
      await runJobs(dir, figure);
      const trail = trailBytes(dir);
      figure('trail', 'entries', trail.entries, 'entries', null);
      figure('trail', 'trailBytesPerEntry', trail.bytesPerEntry, 'bytes', 300);
      figure(
        'trail',
        'projectedGiBAt2M',
        Math.round(((trail.bytesPerEntry * 2_000_000) / 2 ** 30) * 100) / 100,
        'GiB',
        null,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

async function runJobs(dir: string, figure: Figure): Promise<void> {
  for (const job of scaleJobs.filter((j) => !chosenJobs || chosenJobs.includes(j.name))) {
    console.error(`bench scale: ${job.name}…`);
    const found = await runJob(dir, job.name);
    figure(job.name, 'failed', found.failed === 1 ? 1 : 0, 'jobs', 0);
    if (typeof found.error === 'string') console.error(`bench scale: ${job.name} failed: ${found.error}`);
    if (typeof found.limitHitsByName === 'string' && found.limitHitsByName !== '{}')
      console.error(`bench scale: ${job.name} limit hits: ${found.limitHitsByName}`);
    for (const metric of ['statements', 'maxResponseBytes', 'maxQueryMs', 'wallMs', 'limitHits', 'headroom']) {
      const value = Number(found[metric]);
      if (!Number.isFinite(value)) continue;
      const limit = metric === 'limitHits' ? 0 : metric === 'headroom' ? 2 : null;
      figure(
        job.name,
        metric,
        metric === 'headroom' ? Math.round(value * 100) / 100 : value,
        units[metric]!,
        limit,
        metric === 'headroom',
      );
    }
    for (const [metric, value] of Object.entries(found)) {
      if (metric in units || typeof value !== 'number' || unlisted.has(metric)) continue;
      figure(
        job.name,
        metric,
        value,
        /Ms($|Total)/.test(metric)
          ? 'ms'
          : /Bytes$/.test(metric)
            ? 'bytes'
            : /[sS]tatements$/.test(metric)
              ? 'statements'
              : 'count',
        // Issue 17's goal for raising 1,000 findings: at most 60 statements inside the request.
        metric === 'requestStatements' ? 60 : null,
      );
    }
  }
}
