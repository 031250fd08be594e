import fs from 'node:fs';
import path from 'node:path';
import { entityTables } from '../../../src/adapters/sql/entityTables';
import { suggestedJiraSettings } from '../../../src/domain/jira/jiraSettings';
import type { EntityName } from '../../../src/ports/entities';
import { demoWorkflow } from '../../../sandbox/demo/company';
import type { SqliteEngine } from '../../../sandbox/platform/sqlEngine';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import { lead, manager } from '../../integration/jira/raisingFixture';
import { seedReviewProgramme } from './reviewSeed';
import { writeScaleTrail } from './scaleTrail';

/**
 * The large customer (issue 17), scaled by `BENCH_SCALE` (1 = full size): 100 areas, 10,000
 * findings raised in Jira with 5,000 corrective actions (15,000 tracked issues, each a real issue
 * on the emulated Jira), 1,000 more findings on an audit in progress waiting to be raised, five
 * years of management reviews and monthly figures, and 2 million trail entries. Rows are written
 * directly (the review bench's programme, plus what the large customer has beyond it); the jobs
 * then run through the app's own paths.
 */

export interface ScaleSize {
  scale: number;
  areas: number;
  findings: number;
  toRaise: number;
  trailEntries: number;
}

export function scaleSize(scale: number): ScaleSize {
  const of = (n: number) => Math.max(1, Math.round(n * scale));
  return {
    scale,
    areas: Math.max(20, of(100)),
    findings: of(10_000),
    toRaise: of(1_000),
    trailEntries: of(2_000_000),
  };
}

const seededBy = 'bench-seed';
const seededAt = '2026-11-20T09:00:00.000Z';
export const raiseAuditId = 'audit-to-raise';
export const openAuditId = raiseAuditId;

export function scaleFiles(dir: string): { sql: string; platform: string } {
  return { sql: path.join(dir, 'forge-sql.sqlite'), platform: path.join(dir, 'platform.sqlite') };
}

/** The install on the seeded files: the demo's NC and CA projects, no rate limits in the way of seeding. */
export function openScalePlatform(dir: string): SandboxPlatform {
  const files = scaleFiles(dir);
  const platform = new SandboxPlatform({ sqliteFile: files.sql, platformFile: files.platform, pointsPerHour: 1e12 });
  platform.jira.configureProject({
    key: 'NC',
    name: 'Nonconformities',
    issueTypes: [{ name: 'Nonconformity' }],
    workflow: demoWorkflow,
  });
  platform.jira.configureProject({
    key: 'CA',
    name: 'Corrective actions',
    issueTypes: [{ name: 'Corrective action' }],
    workflow: demoWorkflow,
  });
  return platform;
}

function insertRecords(engine: SqliteEngine, rows: Array<{ entity: EntityName; id: string; record: unknown }>): void {
  const db = engine.database;
  db.transaction(() => {
    for (const { entity, id, record } of rows) {
      const table = entityTables[entity];
      const columns = {
        ...table.toColumns(table.schema.parse(record) as never),
        id,
        version: 1,
        updated_at: seededAt,
        updated_by: seededBy,
      };
      const names = Object.keys(columns);
      db.prepare(`INSERT INTO ${table.table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(
        ...names.map((n) => (columns as Record<string, unknown>)[n]),
      );
    }
  })();
}

/** What the large customer holds beyond the review bench's year: areas, earlier years, the audit in progress. */
function largeCustomerExtras(size: ScaleSize): Array<{ entity: EntityName; id: string; record: unknown }> {
  const rows: Array<{ entity: EntityName; id: string; record: unknown }> = [];
  for (let i = 21; i <= size.areas; i += 1) {
    rows.push({
      entity: 'auditableArea',
      id: `area-${i}`,
      record: {
        name: `Area ${i}`,
        ownerId: `owner-${i}`,
        memberIds: [],
        likelihood: 1 + (i % 5),
        impact: 1 + (i % 4),
        itemIds: ['A.5.1'],
      },
    });
  }
  // Five years of reviews: 2022 to 2024 here, 2025 and 2026 in the review bench's programme.
  for (let year = 2022; year <= 2024; year += 1) {
    rows.push({
      entity: 'managementReview',
      id: `review-${year}`,
      record: {
        title: `Management review ${year}`,
        period: { from: `${year}-01-01`, to: `${year}-12-31` },
        previousReviewId: year > 2022 ? `review-${year - 1}` : null,
        page: null,
        heldOn: `${year + 1}-01-20`,
        attendees: [],
        minutes: 'Reviewed the programme, the nonconformities and the corrective actions.',
        createdBy: seededBy,
        createdAt: seededAt,
      },
    });
  }
  for (let year = 2022; year <= 2025; year += 1) {
    for (let m = 1; m <= 12; m += 1) {
      const month = `${year}-${String(m).padStart(2, '0')}`;
      rows.push({
        entity: 'periodFigures',
        id: month,
        record: {
          month,
          incidents: m % 5,
          incidentHoursToResolve: 5 + m,
          incidentsSource: 'recorded',
          incidentsJql: null,
          countedAt: null,
          trainingCompletionPct: 75 + m,
          note: '',
        },
      });
    }
  }
  rows.push({ entity: 'jiraSettings', id: 'jira', record: suggestedJiraSettings });
  rows.push({ entity: 'userRoles', id: lead, record: { accountId: lead, roles: ['leadAuditor'] } });
  rows.push({
    entity: 'audit',
    id: raiseAuditId,
    record: {
      programmeId: 'cycle-2026-01-01',
      state: 'inProgress',
      checklist: [
        { itemId: 'A.8.13', result: 'nonconformity', note: '' },
        { itemId: 'A.5.18', result: 'nonconformity', note: '' },
      ],
      origin: { kind: 'manual' },
      plan: {
        title: 'IT operations audit',
        areaIds: ['area-1'],
        itemIds: ['A.8.13', 'A.5.18'],
        leadAuditorId: lead,
        plannedStart: '2026-12-01',
        plannedEnd: '2026-12-11',
      },
    },
  });
  for (let n = 1; n <= size.toRaise; n += 1) {
    const grade = (['majorNC', 'minorNC', 'observation', 'opportunity'] as const)[n % 4]!;
    rows.push({
      entity: 'finding',
      id: `finding-to-raise-${String(n).padStart(4, '0')}`,
      record: {
        auditId: raiseAuditId,
        raisedOn: '2026-12-02',
        raisedBy: lead,
        content: {
          grade,
          itemId: n % 2 === 0 ? 'A.8.13' : 'A.5.18',
          areaId: 'area-1',
          requirement: 'Backups are tested by restoring them on a schedule',
          evidence: `Restore log ${n} shows no test since March`,
          gap: grade === 'majorNC' || grade === 'minorNC' ? 'No restore test in two quarters' : '',
        },
      },
    });
  }
  return rows;
}

/** Creates the mirrored issues on the emulated Jira in key order; returns each key's issue id. */
async function createJiraIssues(
  platform: SandboxPlatform,
  project: 'NC' | 'CA',
  count: number,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let i = 0; i < count; i += 50) {
    const issueUpdates = Array.from({ length: Math.min(50, count - i) }, (_, k) => ({
      fields: {
        project: { key: project },
        issuetype: { name: project === 'NC' ? 'Nonconformity' : 'Corrective action' },
        summary: `${project === 'NC' ? 'Finding' : 'Corrective action'} ${i + k + 1}`,
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
    if (answer.status !== 201) throw new Error(`bench scale: bulk create answered ${answer.status}`);
    for (const issue of (answer.body as { issues: Array<{ id: string; key: string }> }).issues)
      ids.set(issue.key, issue.id);
  }
  return ids;
}

/** Seeds `dir` from nothing; returns the trail entries written. */
export async function seedScale(dir: string, size: ScaleSize): Promise<{ trailEntries: number }> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const platform = openScalePlatform(dir);
  try {
    const engine = platform.sql as SqliteEngine;
    // The first call runs the migrations and makes the demo's site admin programme manager.
    await platform.invoke('getSession', {}, manager);
    engine.database.pragma('synchronous = OFF');
    const copies = seedReviewProgramme(engine, size.findings);
    insertRecords(engine, largeCustomerExtras(size));
    const ncIds = await createJiraIssues(platform, 'NC', copies.filter((c) => !c.action).length);
    const caIds = await createJiraIssues(platform, 'CA', copies.filter((c) => c.action).length);
    const trailEntries = writeScaleTrail(engine.database, {
      total: size.trailEntries,
      from: new Date('2022-01-03T08:00:00.000Z'),
      to: new Date('2026-11-20T09:00:00.000Z'),
      seededBy,
      patch: (entity, _id, record) => {
        if (entity !== 'trackedIssue') return record;
        const issue = record.issue as { id: string; key: string };
        const id = (issue.key.startsWith('NC-') ? ncIds : caIds).get(issue.key);
        if (!id) throw new Error(`bench scale: no Jira issue ${issue.key}`);
        return { ...record, issue: { ...issue, id } };
      },
    });
    engine.database.pragma('synchronous = NORMAL');
    engine.database.pragma('wal_checkpoint(TRUNCATE)');
    return { trailEntries };
  } finally {
    await platform.close();
  }
}
