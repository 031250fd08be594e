import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import { manager } from '../../integration/jira/raisingFixture';
import { figuresPrefix, scaleJobs } from './scaleJobs';
import { forgeLimits, SqlLimitMeter } from './scaleMeter';
import { openScalePlatform } from './scaleSeed';

/**
 * One scale job in a process of its own (`scaleWorker.ts <seeded dir> <job>`), as one function
 * instance: the app's modules load afresh, a job that exhausts memory fails alone, and the seeded
 * files on disk carry what earlier jobs wrote. Prints one line, `SCALE-FIGURES {json}`.
 */

/** The longest wall time one invocation may take: resolvers and adfExport 25 s; background functions their timeoutSeconds. */
function wallLimitOf(platform: SandboxPlatform, functionKey: string | null): number {
  if (!functionKey) return forgeLimits.resolverMs;
  const fn = platform.manifest.list('function').find((m) => m.key === functionKey);
  const seconds = Number(fn?.timeoutSeconds ?? forgeLimits.backgroundDefaultMs / 1000);
  return Math.min(seconds * 1000, forgeLimits.backgroundMaxMs);
}

/**
 * Times every invocation the platform makes of the app's functions, against its own wall limit;
 * one still running counts with the time it has taken so far.
 */
function timeInvocations(platform: SandboxPlatform): {
  worst: () => { ms: number; limitMs: number; ratio: number };
  reset: () => void;
} {
  const none: { ms: number; limitMs: number; ratio: number } = {
    ms: 0,
    limitMs: forgeLimits.resolverMs,
    ratio: Infinity,
  };
  let worst = none;
  const running = new Set<{ started: number; limitMs: number }>();
  const consider = (ms: number, limitMs: number) => {
    if (limitMs / ms < worst.ratio) worst = { ms, limitMs, ratio: limitMs / ms };
  };
  const runner = platform.runner;
  const timed = <A extends unknown[]>(method: (...args: A) => unknown, functionKeyOf: (args: A) => string | null) =>
    (async (...args: A) => {
      const call = { started: performance.now(), limitMs: wallLimitOf(platform, functionKeyOf(args)) };
      running.add(call);
      try {
        return await method.apply(runner, args);
      } finally {
        running.delete(call);
        consider(performance.now() - call.started, call.limitMs);
      }
    }) as never;
  runner.invokeResolver = timed(runner.invokeResolver, () => null);
  runner.runAdfExport = timed(runner.runAdfExport, () => null);
  runner.runConsumer = timed(runner.runConsumer, (args) => String(args[0]));
  runner.runScheduled = timed(runner.runScheduled, (args) => String(args[0]));
  return {
    worst: () => {
      for (const call of running) consider(performance.now() - call.started, call.limitMs);
      return worst;
    },
    reset: () => (worst = none),
  };
}

async function main(): Promise<void> {
  const [dir, jobName] = process.argv.slice(2);
  const job = scaleJobs.find((j) => j.name === jobName);
  if (!dir || !job)
    throw new Error(`usage: scaleWorker.ts <seeded dir> <job> (jobs: ${scaleJobs.map((j) => j.name).join(', ')})`);
  // The app's own logging would drown the one line this process answers with.
  console.info = () => undefined;
  console.log = () => undefined;
  console.warn = () => undefined;
  const platform = job.emptyInstall ? new SandboxPlatform({ pointsPerHour: 1e12 }) : openScalePlatform(dir);
  const meter = new SqlLimitMeter(platform.sql);
  const invocations = timeInvocations(platform);
  const figures: Record<string, number | string> = {};
  let started = performance.now();
  const print = () => {
    const sql = meter.figures();
    const worst = invocations.worst();
    const counters = platform.snapshot();
    const wallHit = worst.ms > worst.limitMs ? 1 : 0;
    Object.assign(figures, {
      statements: sql.statements,
      dmlStatements: sql.dmlStatements,
      ddlStatements: sql.ddlStatements,
      maxResponseBytes: sql.maxResponseBytes,
      maxRequestBytes: sql.maxRequestBytes,
      maxQueryMs: Math.round(sql.maxQueryMs),
      queryMsTotal: Math.round(sql.queryMsTotal),
      longestInvocationMs: Math.round(worst.ms),
      invocationLimitMs: worst.limitMs,
      limitHits: Object.values(sql.limitHits).reduce((sum, n) => sum + (n ?? 0), 0) + wallHit,
      limitHitsByName: JSON.stringify({ ...sql.limitHits, ...(wallHit ? { wallTime: 1 } : {}) }),
      // Capped so a job that uses next to nothing prints a number, not Infinity.
      headroom: Math.min(sql.headroom, worst.ratio, 1000),
      jiraCalls: counters.calls.jira,
      jiraPoints: counters.points.jira,
    });
    process.stdout.write(`${figuresPrefix}${JSON.stringify(figures)}\n`);
  };
  // A job still running at the bench's time limit is stopped here, so what it did so far is reported.
  const stopAfterS = Number(process.env.BENCH_SCALE_JOB_TIMEOUT_S ?? 1200);
  const armStop = () =>
    setTimeout(() => {
      figures.failed = 1;
      figures.error = `still running after ${stopAfterS} s: stopped (the figures are up to then)`;
      figures.wallMs = Math.round(performance.now() - started);
      print();
      process.exit(0);
    }, stopAfterS * 1000).unref();
  try {
    // A warm instance, as most calls meet: its once-per-instance start (the migration check) is done.
    if (!job.emptyInstall) await platform.invoke('getSession', {}, manager);
    meter.reset();
    invocations.reset();
    platform.resetCounters();
    started = performance.now();
    armStop();
    try {
      Object.assign(figures, await job.run(platform, () => meter.figures().statements));
    } catch (error) {
      figures.failed = 1;
      figures.error = error instanceof Error ? error.message.slice(0, 300) : String(error);
    }
    figures.wallMs = Math.round(performance.now() - started);
  } finally {
    print();
    await platform.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
    process.exit(1);
  },
);
