import {
  MacroKind,
  isReviewInputMacro,
  macroExportFunctionKeys,
  macroModuleKeys,
} from '../../../src/domain/review/macroKinds';
import { runAs } from '../../../sandbox/platform/invocation';
import type { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import { lead, manager } from '../../integration/jira/raisingFixture';
import { cycleStart, period, reviewId } from './reviewSeed';
import { openAuditId, raiseAuditId } from './scaleSeed';

/**
 * The jobs of the scale bench, each as the app runs it: resolvers as a Custom UI invokes them,
 * the raise consumer as its queue delivers, scheduled triggers as Forge fires them, each macro's
 * `adfExport` as Confluence's PDF export calls it. A job fails (with its error) when the app
 * answers with an error or the work was not done.
 */
/** How a job's process prints its figures: this, then one JSON object, on one line. */
export const figuresPrefix = 'SCALE-FIGURES ';

export interface ScaleJob {
  name: string;
  /** Runs on an empty install instead of the seeded one. */
  emptyInstall?: true;
  /** `sqlSoFar` counts the job's SQL statements until now (e.g. those of the request alone). */
  run(platform: SandboxPlatform, sqlSoFar: () => number): Promise<Record<string, number>>;
}

type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

async function call(
  platform: SandboxPlatform,
  resolver: string,
  payload: unknown,
  as = manager,
  moduleKey?: string,
): Promise<unknown> {
  const answer = (await platform.invoke(resolver, payload, as, moduleKey)) as Answer;
  if (!answer.ok) throw new Error(`${resolver} answered ${answer.error.code}: ${answer.error.message}`);
  return answer.value;
}

/** The review template's config of each macro (as the review bench configures them). */
function configOf(kind: MacroKind): Record<string, unknown> {
  if (isReviewInputMacro(kind)) return { ...period, reviewId };
  if (kind === 'coverageHeatMap' || kind === 'programmeSchedule') return { cycleStart };
  if (kind === 'caAgeing') return {};
  return { ...period };
}

async function renderReviewPage(platform: SandboxPlatform): Promise<Record<string, number>> {
  let unavailable = 0;
  for (const kind of MacroKind.options) {
    const data = (await call(
      platform,
      'getMacroData',
      { macro: kind, config: configOf(kind) },
      manager,
      macroModuleKeys[kind],
    )) as {
      status: string;
    };
    if (data.status !== 'ready') unavailable += 1;
  }
  return { unavailableMacros: unavailable };
}

/** Delivers the queue's events until none is left, moving the clock past retry delays (no scheduled triggers run). */
async function drainQueues(platform: SandboxPlatform): Promise<void> {
  for (let turn = 0; turn < 2000; turn += 1) {
    await platform.queues.drain();
    if (platform.queues.pendingCount() === 0) return;
    platform.clock.advance(301_000);
  }
  throw new Error('the raise queue never emptied');
}

function scheduled(platform: SandboxPlatform, functionKey: string, moduleKey: string): Promise<unknown> {
  return runAs(undefined, () => platform.runner.runScheduled(functionKey, moduleKey));
}

/**
 * An inspector's export as the trail page runs it: a resolver starts the background job, the
 * `trail-jobs` consumer writes its parts (the queue drained here), a resolver reads its progress
 * and another hands out the parts, which the page joins into one file.
 */
async function backgroundExport(
  platform: SandboxPlatform,
  resolver: 'startTrailExport' | 'startRecordExport',
  payload: Record<string, unknown>,
): Promise<Record<string, number>> {
  const { jobId } = (await call(platform, resolver, payload)) as { jobId: string };
  await drainQueues(platform);
  const progress = (await call(platform, 'exportProgress', { jobId })) as {
    phase: string;
    parts: number;
    bytes: number;
    entries: number;
    records: number;
  };
  if (progress.phase !== 'done') throw new Error(`the export stopped unfinished: ${JSON.stringify(progress)}`);
  let bytes = 0;
  let downloads = 0;
  let largestDownload = 0;
  for (let fromPart: number | null = 0; fromPart !== null; downloads += 1) {
    const part = (await call(platform, 'downloadExportPart', { jobId, fromPart })) as {
      content: string;
      nextPart: number | null;
    };
    const size = Buffer.byteLength(part.content);
    bytes += size;
    largestDownload = Math.max(largestDownload, size);
    fromPart = part.nextPart;
  }
  if (bytes !== progress.bytes) throw new Error(`downloaded ${bytes} bytes of ${progress.bytes}`);
  // Forge SQL's limits layer sees every statement, also those the engine runs undoably (which the
  // bench's statement meter does not wrap): its figures since the job began, beside the meter's.
  const sql = platform.sqlLimits.figures();
  return {
    sqlStatements: sql.statements,
    sqlMaxResponseBytes: sql.maxResponseBytes,
    sqlMaxQueryMs: Math.round(sql.maxQueryMs),
    sqlLimitHits: Object.values(sql.limitHits).reduce((sum, n) => sum + n, 0),
    sqlHeadroom: Math.min(sql.headroom, 1000),
    entriesExported: progress.entries,
    recordsExported: progress.records,
    exportBytes: bytes,
    parts: progress.parts,
    downloads,
    largestDownloadBytes: largestDownload,
  };
}

const exportJobs: ScaleJob[] = MacroKind.options.map((kind) => ({
  name: `adfExport-${kind}`,
  async run(platform) {
    const doc = (await runAs(manager, () =>
      platform.runner.runAdfExport(
        macroExportFunctionKeys[kind],
        {
          exportType: 'pdf',
          context: { content: { id: 'bench-page', type: 'page' } },
          extension: { config: configOf(kind) },
        },
        manager,
      ),
    )) as { type?: string; content?: unknown[] };
    if (doc?.type !== 'doc' || !doc.content?.length) throw new Error(`${kind} exported nothing`);
    return {};
  },
}));

/** In the order they run: reads first, then the jobs that write, then the empty install. */
export const scaleJobs: ScaleJob[] = [
  {
    name: 'programmePage',
    async run(platform) {
      await call(platform, 'getSession', {});
      await call(platform, 'getAuditProgramme', { cycleStart });
      await call(platform, 'getCoverage', { cycleStart });
      await call(platform, 'listAudits', { cycleStart });
      await call(platform, 'listAuditableAreas', {});
      return {};
    },
  },
  {
    name: 'listAudits',
    async run(platform) {
      const { audits } = (await call(platform, 'listAudits', { cycleStart })) as { audits: unknown[] };
      return { audits: audits.length };
    },
  },
  {
    name: 'issuePanel',
    async run(platform) {
      await call(platform, 'getIssueContext', { issueKey: 'NC-1' }, manager, 'audit-context');
      await call(platform, 'listRoleAssignments', {}, manager, 'audit-context');
      return {};
    },
  },
  { name: 'reviewPageCold', run: renderReviewPage },
  { name: 'reviewPageWarm', run: renderReviewPage },
  ...exportJobs,
  {
    name: 'verifyTrail',
    async run(platform) {
      const verdict = (await call(platform, 'verifyAuditTrail', {})) as { intact: boolean; entries: number };
      if (!verdict.intact) throw new Error('the seeded trail did not verify');
      return { entriesVerified: verdict.entries };
    },
  },
  {
    name: 'exportTrail',
    async run(platform) {
      return backgroundExport(platform, 'startTrailExport', { format: 'csv' });
    },
  },
  {
    name: 'exportRecord',
    async run(platform) {
      const { entriesExported, ...figures } = await backgroundExport(platform, 'startRecordExport', {});
      return { ...figures, trailEntriesExported: entriesExported! };
    },
  },
  {
    name: 'recordFinding',
    async run(platform) {
      await call(
        platform,
        'recordFinding',
        {
          auditId: openAuditId,
          finding: {
            grade: 'minorNC',
            itemId: 'A.8.13',
            areaId: 'area-1',
            requirement: 'Backups are tested by restoring them on a schedule',
            evidence: 'The restore log shows no test since March',
            gap: 'No restore test in two quarters',
          },
        },
        lead,
      );
      return {};
    },
  },
  {
    name: 'raiseFindings',
    async run(platform, sqlSoFar) {
      const job = (await call(platform, 'raiseFindingIssues', { auditId: raiseAuditId })) as { jobId: string };
      // The issue's goal is on the request (the resolver answers within 25 s); the consumers follow.
      const requestStatements = sqlSoFar();
      await drainQueues(platform);
      const progress = (await call(platform, 'getRaiseJob', { jobId: job.jobId })) as { done: number; total: number };
      if (progress.done !== progress.total) throw new Error(`raised ${progress.done} of ${progress.total}`);
      return { raised: progress.done, requestStatements };
    },
  },
  {
    name: 'reconcile',
    async run(platform) {
      await scheduled(platform, 'jira-reconciliation', 'jira-reconciliation-sweep');
      return {};
    },
  },
  {
    name: 'overdueSweep',
    async run(platform) {
      await scheduled(platform, 'overdue-sweep', 'overdue-actions-sweep');
      return {};
    },
  },
  {
    name: 'migrationsEmptyInstall',
    emptyInstall: true,
    async run(platform) {
      await call(platform, 'getSession', {});
      return {};
    },
  },
];
