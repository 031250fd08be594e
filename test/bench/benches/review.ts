import path from 'node:path';
import {
  MacroKind,
  macroExportFunctionKeys,
  macroModuleKeys,
  isReviewInputMacro,
} from '../../../src/domain/review/macroKinds';
import type { MacroData } from '../../../src/contract/review';
import type { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import type { SqliteEngine } from '../../../sandbox/platform/sqlEngine';
import { lead, manager, raisingPlatform } from '../../integration/jira/raisingFixture';
import type { Bench, BenchFigure } from '../benchTypes';
import { cycleStart, insertAll, period, reviewId, seedReviewProgramme, type JiraCopy } from './reviewSeed';

const srcRoot = path.resolve(__dirname, '../../../src');
/** `BENCH_REVIEW_CASES=100,1000` runs fewer cases (the full set takes a few minutes). */
const cases = process.env.BENCH_REVIEW_CASES?.split(',').map(Number) ?? [100, 1000, 10000];

/** A fresh install per case (the handlers' once-per-instance state must not leak between cases). */
function freshInstall(): SandboxPlatform {
  for (const loaded of Object.keys(require.cache)) if (loaded.startsWith(srcRoot)) delete require.cache[loaded];
  return raisingPlatform();
}

/** The review template's config of each macro: the review's period, its cycle, its review. */
function configOf(kind: MacroKind): Record<string, unknown> {
  if (isReviewInputMacro(kind)) return { ...period, reviewId };
  if (kind === 'coverageHeatMap' || kind === 'programmeSchedule') return { cycleStart };
  if (kind === 'caAgeing') return {};
  return { ...period };
}

type Answer = { ok: true; value: MacroData } | { ok: false; error: { code: string; message: string } };

/** The same findings and actions as Jira issues, labelled so one JQL search can count each figure. */
async function copyToJira(platform: SandboxPlatform, copies: JiraCopy[]): Promise<void> {
  for (let i = 0; i < copies.length; i += 50) {
    const issueUpdates = copies.slice(i, i + 50).map((copy, k) => ({
      fields: {
        project: { key: copy.action ? 'CA' : 'NC' },
        issuetype: { name: copy.action ? 'Corrective action' : 'Nonconformity' },
        summary: `Baseline ${i + k}`,
        duedate: copy.dueDate,
        labels: [
          `grade-${copy.grade}`,
          `raised-${copy.raisedOn.slice(0, 7)}`,
          `quarter-${copy.raisedOn.slice(0, 4)}-q${Math.ceil(Number(copy.raisedOn.slice(5, 7)) / 3)}`,
          copy.closed ? 'state-closed' : 'state-open',
          ...(copy.repeat ? ['repeat'] : []),
          ...(copy.reopened ? ['reopened'] : []),
        ],
      },
    }));
    const answer = await platform.requestProduct(
      'jira',
      'POST',
      '/rest/api/3/issue/bulk',
      { issueUpdates },
      undefined,
      'app',
    );
    if (answer.status !== 201) throw new Error(`bench review: baseline bulk create answered ${answer.status}`);
  }
}

/**
 * The figures of the review page as a page of Jira-issue macros gets them: one JQL search per
 * figure, paging through every match (ids only, 5,000 a page) to count, or reading the fields a
 * table shows. The list mirrors the review page's figures that live in Jira.
 */
function baselineSearches(): Array<{ jql: string; fields: string[] }> {
  const count = (jql: string) => ({ jql, fields: ['id'] });
  const rows = (jql: string) => ({
    jql,
    fields: ['summary', 'status', 'duedate', 'labels', 'created', 'resolutiondate'],
  });
  const grades = ['majorNC', 'minorNC', 'observation', 'opportunity'];
  const quarters = [1, 2, 3, 4].map((q) => `quarter-2026-q${q}`);
  const searches = [
    // KPI tiles: open NCs by grade, closure times (rows of the closed ones), overdue CAs, effectiveness, repeats.
    ...['majorNC', 'minorNC'].map((g) => count(`project = NC AND labels = grade-${g} AND labels = state-open`)),
    rows('project = NC AND labels = state-closed'),
    count('project = CA AND labels = state-open AND duedate < "2026-11-24"'),
    count('project = CA AND labels = state-closed'),
    count('project = CA AND labels = reopened'),
    count('project = NC AND labels = repeat'),
    // Finding register: the page of rows.
    rows('project = NC ORDER BY duedate ASC'),
    // CA ageing: open actions per grade (rows, to age them) and the overdue list.
    ...['majorNC', 'minorNC'].map((g) => rows(`project = CA AND labels = grade-${g} AND labels = state-open`)),
    count('project = CA AND labels = state-open AND duedate < "2026-11-24"'),
    // Trend: findings by grade per quarter, closure per quarter.
    ...quarters.flatMap((q) => grades.map((g) => count(`project = NC AND labels = ${q} AND labels = grade-${g}`))),
    ...quarters.map((q) => rows(`project = NC AND labels = ${q} AND labels = state-closed`)),
    // Review inputs: NC/CA performance figures.
    count('project = NC AND labels = state-open'),
    count('project = NC AND labels = state-closed'),
    count('project = CA AND labels = state-open'),
  ];
  return searches;
}

async function runBaseline(platform: SandboxPlatform): Promise<{ ms: number; searches: number; calls: number }> {
  const searches = baselineSearches();
  let calls = 0;
  const started = process.hrtime.bigint();
  for (const search of searches) {
    let token: string | undefined;
    do {
      const answer = await platform.requestProduct(
        'jira',
        'POST',
        '/rest/api/3/search/jql',
        {
          jql: search.jql,
          fields: search.fields,
          maxResults: search.fields.length === 1 ? 5000 : 100,
          ...(token ? { nextPageToken: token } : {}),
        },
        manager,
        'user',
      );
      calls += 1;
      if (answer.status !== 200)
        throw new Error(`bench review: baseline search answered ${answer.status}: ${search.jql}`);
      token = (answer.body as { nextPageToken?: string }).nextPageToken;
      // A table of issues shows its first page only; counts page through every match.
      if (search.fields.length > 1) token = undefined;
    } while (token);
  }
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, searches: searches.length, calls };
}

/**
 * An audit in progress led by the demo's lead auditor, who may record a finding on it: the change
 * that makes nearly every macro cold (findings feed all but the entered inputs).
 */
const openAuditId = 'audit-open';
function seedOpenAudit(engine: SqliteEngine): void {
  insertAll(engine, [
    { entity: 'userRoles', id: lead, record: { accountId: lead, roles: ['leadAuditor'] } },
    {
      entity: 'audit',
      id: openAuditId,
      record: {
        programmeId: `cycle-${cycleStart}`,
        state: 'inProgress',
        checklist: [{ itemId: 'A.8.13', result: 'nonconformity', note: '' }],
        origin: { kind: 'manual' },
        plan: {
          title: 'Backup audit',
          areaIds: ['area-1'],
          itemIds: ['A.8.13'],
          leadAuditorId: lead,
          plannedStart: '2026-11-16',
          plannedEnd: '2026-11-27',
        },
      },
    },
  ]);
}

/** The goal: no review macro's statement reads more than 1 MiB (a quarter of Forge SQL's 4 MiB). */
const readBytesGoal = 1024 * 1024;

function countKvsReads(platform: SandboxPlatform): { reads: () => number } {
  let reads = 0;
  const handle = platform.kvs.handle.bind(platform.kvs);
  platform.kvs.handle = (p, body) => {
    if (/\/(get|query|batch\/get)$/.test(p)) reads += 1;
    return handle(p, body);
  };
  return { reads: () => reads };
}

async function runCase(findings: number, report: (figure: BenchFigure) => void): Promise<void> {
  const name = `findings-${findings}`;
  const figure = (metric: string, value: number, unit: string, limit: number | null, atLeast = false) =>
    report({ bench: 'review', case: name, metric, value, unit, limit, ...(atLeast ? { atLeast } : {}) });
  const platform = freshInstall();
  try {
    // The first call runs the migrations and makes the demo's site admin programme manager.
    await platform.invoke('getSession', {}, manager);
    const copies = seedReviewProgramme(platform.sql as SqliteEngine, findings);
    seedOpenAudit(platform.sql as SqliteEngine);
    await copyToJira(platform, copies);
    const kvs = countKvsReads(platform);
    // The largest SQL answer (JSON bytes, as Forge SQL's 4 MiB limit counts it) any macro read,
    // from the sandbox's Forge SQL limits layer, which the app's statements all pass through.
    let maxReadBytes = 0;

    // The page as its readers load it: every macro asks for its figures. The first view after a
    // change computes them from the store (cold); a view with nothing changed since answers from
    // each macro's snapshot (one trail-head read). Both are measured; the headline is the cold one,
    // because every change (a finding recorded, a Jira edit synced) makes the next view cold.
    const render = async () => {
      let ms = 0;
      let jiraCalls = 0;
      let sqlPerMacro = 0;
      let unavailable = 0;
      for (const kind of MacroKind.options) {
        platform.resetCounters();
        const started = process.hrtime.bigint();
        const answer = (await platform.invoke(
          'getMacroData',
          { macro: kind, config: configOf(kind) },
          manager,
          macroModuleKeys[kind],
        )) as Answer;
        ms += Number(process.hrtime.bigint() - started) / 1e6;
        const counters = platform.snapshot();
        maxReadBytes = Math.max(maxReadBytes, platform.sqlLimits.figures().maxResponseBytes);
        jiraCalls += counters.calls.jira + counters.calls.confluence;
        sqlPerMacro = Math.max(sqlPerMacro, counters.sqlStatements ?? 0);
        if (!answer.ok) throw new Error(`bench review: ${kind} answered ${answer.error.code}: ${answer.error.message}`);
        if (answer.value.status !== 'ready') {
          unavailable += 1;
          console.error(`bench review: ${kind} is unavailable: ${answer.value.reason}`);
        }
      }
      return { ms, jiraCalls, sqlPerMacro, unavailable };
    };
    // A new install's very first view also loads (and here compiles) the app's code: kept apart.
    const firstView = await render();
    const warm = await render();
    // A change as the programme manager makes one (a month's figures recorded): the next view is
    // cold, every macro computes from the store again, in an app whose code is already loaded.
    const saved = (await platform.invoke(
      'savePeriodFigures',
      {
        month: '2026-12',
        expectedVersion: 0,
        incidents: 1,
        incidentHoursToResolve: 4,
        incidentsJql: null,
        trainingCompletionPct: 90,
      },
      manager,
    )) as { ok: boolean; error?: { message: string } };
    if (!saved.ok) throw new Error(`bench review: recording the month's figures failed: ${saved.error?.message}`);
    const cold = await render();
    // The change that makes nearly every macro cold: a finding recorded on an audit in progress.
    const recorded = (await platform.invoke(
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
    )) as { ok: boolean; error?: { message: string } };
    if (!recorded.ok) throw new Error(`bench review: recording a finding failed: ${recorded.error?.message}`);
    const coldAfterFinding = await render();

    let exportReadsPerMacro = 0;
    for (const kind of MacroKind.options) {
      platform.resetCounters();
      const before = kvs.reads();
      const doc = (await platform.runAdfExport(
        macroExportFunctionKeys[kind],
        {
          exportType: 'pdf',
          context: { content: { id: 'bench-page', type: 'page' } },
          extension: { config: configOf(kind) },
        },
        manager,
      )) as { type?: string; content?: unknown[] };
      if (doc?.type !== 'doc' || !doc.content?.length) throw new Error(`bench review: ${kind} exported nothing`);
      const reads = (platform.snapshot().sqlStatements ?? 0) + (kvs.reads() - before);
      exportReadsPerMacro = Math.max(exportReadsPerMacro, reads);
    }

    const baseline = await runBaseline(platform);
    const ratio = (ms: number) => Math.round((baseline.ms / Math.max(ms, 1)) * 10) / 10;
    figure('jiraCalls', firstView.jiraCalls + cold.jiraCalls + coldAfterFinding.jiraCalls + warm.jiraCalls, 'calls', 0);
    figure('sqlPerMacro', Math.max(cold.sqlPerMacro, coldAfterFinding.sqlPerMacro, warm.sqlPerMacro), 'statements', 3);
    figure('maxReadBytes', maxReadBytes, 'bytes', readBytesGoal);
    figure('coldMs', Math.round(cold.ms), 'ms', null);
    figure('coldAfterFindingMs', Math.round(coldAfterFinding.ms), 'ms', null);
    figure('firstViewMs', Math.round(firstView.ms), 'ms', null);
    figure('ms', Math.round(warm.ms), 'ms', null);
    figure('jqlBaselineMs', Math.round(baseline.ms), 'ms', null);
    figure('jqlBaselineSearches', baseline.searches, 'searches', null);
    figure('jqlBaselineCalls', baseline.calls, 'calls', null);
    // Cold first: it is what a reader gets after any change. Warm beside it, same baseline.
    figure('coldSpeedup', ratio(cold.ms), 'x', findings >= 10000 ? 10 : null, true);
    figure('coldAfterFindingSpeedup', ratio(coldAfterFinding.ms), 'x', null, true);
    figure('speedup', ratio(warm.ms), 'x', findings >= 10000 ? 10 : null, true);
    // The exporting user's roles (one SQL read, the getMacroData rule) and the snapshot (one KVS read).
    figure('exportReadsPerMacro', exportReadsPerMacro, 'reads', 2);
    figure(
      'unavailableMacros',
      Math.max(firstView.unavailable, cold.unavailable, coldAfterFinding.unavailable),
      'macros',
      0,
    );
  } finally {
    await platform.close();
  }
}

export const reviewBench: Bench = {
  name: 'review',
  description:
    'the full management-review page (every review macro) rendered from the store, against one JQL search per figure',
  async run(report) {
    const quiet = console.info;
    console.info = () => undefined;
    try {
      for (const findings of cases) await runCase(findings, report);
    } finally {
      console.info = quiet;
    }
  },
};
