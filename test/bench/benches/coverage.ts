import { Kysely, type Dialect } from 'kysely';
import type { Database } from '../../../src/adapters/sql/database';
import { mariadbDialect } from '../../../src/adapters/sql/dialects/mariadbDialect';
import { sqliteDialect } from '../../../src/adapters/sql/dialects/sqliteDialect';
import { entityTable } from '../../../src/adapters/sql/entityTables';
import { migrateToLatest } from '../../../src/adapters/sql/migrate';
import { SqlTrailedStore } from '../../../src/adapters/sql/trailedStore';
import { getCoverage } from '../../../src/app/programme/coverage';
import type { AppServices } from '../../../src/app/services';
import { AuditRecord, type AuditRecord as AuditRecordType } from '../../../src/domain/audits/auditPlan';
import { addDays } from '../../../src/domain/calendar/calendarDate';
import { requiredItems } from '../../../src/domain/audits/scope';
import { defaultStatementOfApplicability } from '../../../src/domain/soa/soa';
import { InterceptingDialect } from '../../support/interceptingDialect';
import { MemoryTrailCheckpoints } from '../../support/memoryTrailCheckpoints';
import { withMariaDb } from '../mariadbForBench';
import type { Bench, BenchFigure } from '../benchTypes';

const STATEMENT_GOAL = 3;
const SIZES = [100, 1000, 10_000];
const RUNS = 3;
const NOW = new Date('2026-11-24T09:00:00.000Z');
const TODAY = '2026-11-24';
const PROGRAMME_ID = 'cycle-2026-01-01';
/** Rows per INSERT while seeding: well under SQLite's and MariaDB's placeholder limits. */
const SEED_CHUNK = 500;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The bench's services: the real SQL store on the engine under test, and stand-ins for the ports
 * the coverage computation never touches (it reads the store and the clock only).
 */
function benchServices(store: SqlTrailedStore): AppServices {
  const unused = (port: string) => () => {
    throw new Error(`bench coverage: the ${port} port should not be used`);
  };
  return {
    store,
    trail: store,
    clock: { now: () => new Date(NOW) },
    directory: { displayName: async (id) => id, isSiteAdmin: async () => false },
    secrets: { get: unused('secrets'), set: unused('secrets'), delete: unused('secrets') },
    hasher: { hash: unused('hasher'), verify: unused('hasher') },
    ids: { newId: unused('ids') },
    confluence: { asApp: unused('confluence'), asUser: unused('confluence'), filesAsApp: unused('confluence') },
    jira: { asApp: unused('jira'), asUser: unused('jira'), permissionsOn: unused('jira') },
    raiseQueue: { push: unused('raiseQueue') },
    trailCheckpoints: new MemoryTrailCheckpoints(),
    trailQueue: { push: unused('trailQueue') },
    snapshots: { get: unused('snapshots'), set: unused('snapshots') },
    appIdentity: unused('appIdentity'),
  };
}

/**
 * Audit `i` of a year's programme: ten checklist lines walking through the required items, dates
 * spread over the cycle. Past audits are mostly closed with results (a tenth run late, one line in
 * eight was not audited); audits still to come are planned.
 */
function auditNumber(i: number, required: readonly string[]): AuditRecordType {
  const plannedStart = addDays('2026-01-05', (i * 7) % 355);
  const plannedEnd = addDays(plannedStart, 4);
  const itemIds = Array.from({ length: 10 }, (_, k) => required[(i * 10 + k) % required.length]!);
  const past = plannedEnd < TODAY;
  const state = !past ? 'planned' : i % 10 === 0 ? 'inProgress' : 'closed';
  const checklist = itemIds.map((itemId, k) => ({
    itemId,
    result: state === 'closed' ? ((i + k) % 8 === 0 ? ('notAudited' as const) : ('conforming' as const)) : null,
    note: state === 'closed' && (i + k) % 8 === 0 ? 'Owner absent on the day; moved to the next audit' : '',
  }));
  return AuditRecord.parse({
    programmeId: PROGRAMME_ID,
    plan: {
      title: `Audit ${i + 1}`,
      areaIds: [`area_${i % 40}`],
      itemIds,
      leadAuditorId: `acct-lead-${i % 12}`,
      plannedStart,
      plannedEnd,
    },
    state,
    reportedOn: state === 'closed' ? plannedEnd : null,
    checklist,
    origin: { kind: 'manual' },
  });
}

/**
 * The settings and SoA go through the store like any write; the audits are inserted as rows
 * directly (the bench measures the computation, not the seeding), each a schema-valid record laid
 * out by the store's own table mapping.
 */
async function seed(db: Kysely<Database>, store: SqlTrailedStore, count: number): Promise<void> {
  await store.apply({
    entity: 'programmeSettings',
    id: 'programme',
    before: null,
    after: {
      organisationName: 'Helix Biologics',
      cycleLengthMonths: 12,
      cycleStart: '2026-01-01',
      timeZone: 'Europe/Dublin',
      workingDays: [1, 2, 3, 4, 5],
    },
    actor: 'bench',
    at: NOW,
  });
  const soa = defaultStatementOfApplicability();
  soa.entries = soa.entries.map((entry) =>
    entry.controlId.startsWith('A.7.1')
      ? { ...entry, applicable: false, justification: 'Fully remote company' }
      : entry,
  );
  await store.apply({
    entity: 'statementOfApplicability',
    id: 'soa',
    before: null,
    after: soa,
    actor: 'bench',
    at: NOW,
  });

  const required = requiredItems(soa);
  const table = entityTable('audit');
  const rows = db as unknown as Kysely<any>;
  for (let from = 0; from < count; from += SEED_CHUNK) {
    const chunk = Array.from({ length: Math.min(SEED_CHUNK, count - from) }, (_, k) => {
      const i = from + k;
      return {
        id: `audit-${String(i).padStart(5, '0')}`,
        version: 1,
        updated_at: NOW.toISOString(),
        updated_by: 'bench',
        ...table.toColumns(auditNumber(i, required)),
      };
    });
    await rows.insertInto(table.table).values(chunk).execute();
  }
}

async function measure(
  engine: string,
  count: number,
  open: () => Promise<{ dialect: Dialect; close(): Promise<void> }>,
  report: (f: BenchFigure) => void,
): Promise<void> {
  const { dialect, close } = await open();
  let statements = 0;
  const db = new Kysely<Database>({ dialect: new InterceptingDialect(dialect, () => (statements += 1)) });
  try {
    await migrateToLatest(db);
    const store = new SqlTrailedStore(db);
    await seed(db, store, count);
    const services = benchServices(store);
    const perRun: number[] = [];
    const times: number[] = [];
    // One warm-up run (connections, JIT), then the measured ones.
    for (let run = 0; run <= RUNS; run += 1) {
      statements = 0;
      const started = process.hrtime.bigint();
      const view = await getCoverage(services, { accountId: 'bench' }, {});
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (view.summary.total === 0 || view.summary.audited === 0)
        throw new Error(`bench coverage: ${engine}-${count} computed no coverage`);
      if (run > 0) {
        perRun.push(statements);
        times.push(ms);
      }
    }
    const name = `${engine}-${count}`;
    report({
      bench: 'coverage',
      case: name,
      metric: 'statements',
      value: Math.max(...perRun),
      unit: 'statements',
      limit: STATEMENT_GOAL,
    });
    report({ bench: 'coverage', case: name, metric: 'ms', value: Math.round(median(times)), unit: 'ms', limit: null });
  } finally {
    await db.destroy();
    await close();
  }
}

export const coverageBench: Bench = {
  name: 'coverage',
  description:
    "a cycle's coverage and its forecast (getCoverage) over 100, 1,000 and 10,000 audits, on SQLite and MariaDB",
  async run(report) {
    for (const count of SIZES) {
      await measure(
        'sqlite',
        count,
        async () => ({ dialect: sqliteDialect(':memory:').dialect, close: async () => undefined }),
        report,
      );
    }
    await withMariaDb(async (freshDatabase) => {
      for (const count of SIZES) {
        await measure(
          'mariadb',
          count,
          async () => {
            const fresh = await freshDatabase();
            return { dialect: mariadbDialect(fresh.url, 4).dialect, close: fresh.drop };
          },
          report,
        );
      }
    });
  },
};
