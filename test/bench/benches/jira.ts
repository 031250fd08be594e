import fs from 'node:fs';
import path from 'node:path';
import type { RaiseJobView } from '../../../src/contract/jira';
import type { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import {
  appServices,
  auditId,
  findingId,
  invoke,
  issuesByFinding,
  manager,
  raisingPlatform,
  runQueue,
  seedAudit,
  value,
} from '../../integration/jira/raisingFixture';
import type { Bench, BenchFigure } from '../benchTypes';

const srcRoot = path.resolve(__dirname, '../../../src');

/**
 * Each case is a fresh install: a new platform, and the app's modules loaded anew (the platform
 * runs the handlers in this process, and their once-per-instance state — migrations run, field
 * ids — must not leak from one case's platform into the next).
 */
function freshInstall(): SandboxPlatform {
  for (const loaded of Object.keys(require.cache)) if (loaded.startsWith(srcRoot)) delete require.cache[loaded];
  return raisingPlatform();
}

interface RaiseCase {
  name: string;
  findings: number;
  faults: boolean;
}

const cases: RaiseCase[] = [
  { name: 'raise-10', findings: 10, faults: false },
  { name: 'raise-100', findings: 100, faults: false },
  { name: 'raise-1000', findings: 1000, faults: false },
  { name: 'raise-1000-faults', findings: 1000, faults: true },
];

/**
 * What a tool that syncs item by item pays for the same findings: one create each, with the audit
 * property sent inline in the create body (as the app's bulk create does), so N calls for N.
 */
async function baselineCalls(platform: SandboxPlatform, findings: number): Promise<number> {
  platform.resetCounters();
  for (let n = 1; n <= findings; n += 1) {
    const created = await platform.requestProduct(
      'jira',
      'POST',
      '/rest/api/3/issue',
      {
        fields: {
          project: { key: 'CA' },
          issuetype: { name: 'Corrective action' },
          summary: `Baseline copy of ${findingId(n)}`,
        },
        properties: [{ key: 'iso27001-audit-baseline', value: { auditId, findingId: findingId(n) } }],
      },
      undefined,
      'app',
    );
    if (created.status !== 201) throw new Error(`bench jira: baseline create answered ${created.status}`);
  }
  return platform.snapshot().calls.jira;
}

async function runCase(raiseCase: RaiseCase, report: (figure: BenchFigure) => void): Promise<void> {
  const platform = freshInstall();
  const figure = (metric: string, value: number, unit: string, limit: number | null) =>
    report({ bench: 'jira', case: raiseCase.name, metric, value, unit, limit });
  try {
    await seedAudit(await appServices(), raiseCase.findings);
    platform.resetCounters();
    if (raiseCase.faults) {
      platform.faults.setPlan({
        seed: 2026,
        rate: { probability: 0.2, kinds: ['429', '500', '503', '500-after'], match: { product: 'jira' } },
        retryAfterSeconds: 5,
      });
    }
    const started = process.hrtime.bigint();
    const job = await value(invoke<RaiseJobView>(platform, 'raiseFindingIssues', { auditId }, manager));
    const requestSql = platform.snapshot().sqlStatements ?? 0;
    await runQueue(platform);
    const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
    const counters = platform.snapshot();
    platform.faults.clear();

    const progress = await value(invoke<RaiseJobView>(platform, 'getRaiseJob', { jobId: job.jobId }, manager));
    if (progress.done !== raiseCase.findings) {
      throw new Error(`bench jira: ${raiseCase.name} raised ${progress.done} of ${raiseCase.findings}`);
    }
    const byFinding = await issuesByFinding(platform);
    const issues = [...byFinding.values()].reduce((sum, keys) => sum + keys.length, 0);
    if (byFinding.size !== raiseCase.findings)
      throw new Error(`bench jira: ${raiseCase.name} left findings without an issue`);

    // Per chunk of 50: one bulk create and one search by key reading back the new issues' status and due date.
    figure(
      'jiraCalls',
      counters.calls.jira,
      'calls',
      raiseCase.faults ? null : 2 * Math.ceil(raiseCase.findings / 50) + 2,
    );
    figure('points', counters.points.jira, 'points', null);
    figure('ms', ms, 'ms', null);
    figure('duplicates', issues - byFinding.size, 'issues', 0);
    // Forge SQL statements: the resolver's share (25 s to answer) and the whole raise.
    figure('requestSqlStatements', requestSql, 'statements', 60);
    figure('sqlStatements', counters.sqlStatements ?? 0, 'statements', null);
    if (raiseCase.faults) figure('faultsInjected', counters.faults.total, 'faults', null);
    figure('baselineCalls', await baselineCalls(platform, raiseCase.findings), 'calls', null);
    if (platform.violations.length > 0) throw new Error(`bench jira: ${platform.violations.length} OpenAPI violations`);
  } finally {
    await platform.close();
  }
}

/**
 * The hook for the reconciliation cases (`reconcile-5000`: 50 changed and 5 deleted among 5,000
 * mapped issues; `reconcile-15000`: 50 changed among 15,000): the reconciliation's own module
 * exports `reconcileCase()`; its figures are reported under this bench when it exists.
 */
async function reconcileFigures(report: (figure: BenchFigure) => void): Promise<void> {
  const file = path.join(__dirname, 'jiraReconcileCase.ts');
  if (!fs.existsSync(file)) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(file) as {
    reconcileCases: Array<{ name: string; mapped: number; changed: number; deleted: number }>;
    reconcileCase: (shape: { mapped: number; changed: number; deleted: number }) => Promise<Record<string, number>>;
  };
  // The hourly run: one search, a bulk fetch a hundred changed, one due date set back; no duplicate, nothing left unrepaired.
  const limits: Record<string, number> = { jiraCalls: 3, duplicates: 0, unrepaired: 0 };
  const units = (metric: string) =>
    /calls$/i.test(metric)
      ? 'calls'
      : /points$/i.test(metric)
        ? 'points'
        : /ms$/i.test(metric)
          ? 'ms'
          : /PerChange$/.test(metric)
            ? 'points/issue'
            : 'issues';
  for (const shape of loaded.reconcileCases) {
    for (const [metric, measured] of Object.entries(await loaded.reconcileCase(shape))) {
      report({
        bench: 'jira',
        case: shape.name,
        metric,
        value: measured,
        unit: units(metric),
        limit: limits[metric] ?? null,
      });
    }
  }
}

export const jiraBench: Bench = {
  name: 'jira',
  description:
    'raising findings as Jira issues through the real consumer on the emulated Jira: calls, points, time, duplicates',
  async run(report) {
    const quiet = console.info;
    console.info = () => undefined;
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      for (const raiseCase of cases) await runCase(raiseCase, report);
      await reconcileFigures(report);
    } finally {
      console.info = quiet;
      console.warn = warn;
    }
  },
};
