import { Kysely, type KyselyPlugin } from 'kysely';
import type { Database } from '../../../src/adapters/sql/database';
import { sqliteDialect } from '../../../src/adapters/sql/dialects/sqliteDialect';
import { listFirstRows, listPageBytes } from '../../../src/adapters/sql/listMany';
import { migrateToLatest } from '../../../src/adapters/sql/migrate';
import { SqlTrailedStore } from '../../../src/adapters/sql/trailedStore';
import { AuditRecord } from '../../../src/domain/audits/auditPlan';
import type { FindingRecord } from '../../../src/domain/audits/finding';
import type { EntityName, EntityTypes } from '../../../src/ports/entities';

/**
 * A large programme's records come back in pages: every record once, in id order, and no answer
 * anywhere near Forge SQL's 4 MiB (the review macros' goal is 1 MiB a statement).
 */

const at = new Date('2026-11-24T10:00:00.000Z');
const long = (n: number) => `Restore log ${n}: `.padEnd(4900, 'x');
const audit = (n: number) =>
  AuditRecord.parse({
    programmeId: 'cycle-2026-01-01',
    state: 'planned',
    origin: { kind: 'manual' },
    plan: {
      title: `Audit ${n}`,
      areaIds: ['ar-it'],
      itemIds: ['A.8.13'],
      plannedStart: '2026-12-01',
      plannedEnd: '2026-12-04',
    },
  });
const finding = (n: number): FindingRecord => ({
  auditId: `au-${n % 40}`,
  source: { kind: 'internalAudit' },
  // About 15 KB a finding, so 300 of them are several pages.
  content: {
    grade: 'minorNC',
    itemId: 'A.8.13',
    areaId: 'ar-it',
    requirement: long(n),
    evidence: long(n),
    gap: long(n),
  },
  raisedOn: '2026-12-01',
  raisedBy: 'acct-lead',
  repeatOf: [],
});

describe('listMany of a large programme', () => {
  const answers: number[] = [];
  const measure: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      answers.push(Buffer.byteLength(JSON.stringify(args.result.rows ?? [])));
      return args.result;
    },
  };
  let db: Kysely<Database>;
  let store: SqlTrailedStore;
  const put = <K extends EntityName>(entity: K, id: string, record: EntityTypes[K]) =>
    store.apply({ entity, id, before: null, after: record, actor: 'acct-manager', at });

  beforeAll(async () => {
    db = new Kysely<Database>({ dialect: sqliteDialect(':memory:').dialect, plugins: [measure] });
    await migrateToLatest(db);
    store = new SqlTrailedStore(db);
    for (let n = 0; n < 40; n += 1) await put('audit', `au-${n}`, audit(n));
    // Written in a shuffled order, so the order of the answer is the store's doing.
    for (let k = 0; k < 300; k += 1) await put('finding', `f-${String((k * 7) % 300).padStart(3, '0')}`, finding(k));
  }, 120_000);
  afterAll(() => db.destroy());

  it('reads every record once, in id order, over several statements of at most about half a MiB', async () => {
    answers.length = 0;
    const read = await store.listMany(['finding', 'audit', 'trackedIssue']);
    const findingIds = Array.from({ length: 300 }, (_, n) => `f-${String(n).padStart(3, '0')}`);
    expect(read.finding.map((r) => r.id)).toEqual(findingIds);
    expect(read.audit.map((r) => r.id)).toEqual(
      Array.from({ length: 40 }, (_, n) => `au-${n}`).sort((a, b) => (a < b ? -1 : 1)),
    );
    expect(read.trackedIssue).toEqual([]);
    // Over 4 MiB of findings: the first statement carries a few of each entity, pages the rest.
    expect(read.finding.reduce((sum, r) => sum + JSON.stringify(r.record).length, 0)).toBeGreaterThan(4 * 1024 * 1024);
    expect(answers.length).toBeGreaterThan(8);
    expect(Math.max(...answers)).toBeLessThanOrEqual(1024 * 1024);
    expect(Math.max(...answers.slice(2))).toBeLessThanOrEqual(listPageBytes + 20_000);
  }, 120_000);

  it('gives each record as get does', async () => {
    const read = await store.listMany(['finding']);
    expect(read.finding[123]).toEqual(await store.get('finding', 'f-123'));
    expect(read.finding).toHaveLength(300);
  });

  it('reads entities that fit the first statement in it, and pages only the one that does not', async () => {
    answers.length = 0;
    expect((await store.listMany(['trackedIssue', 'jiraSettings'])).trackedIssue).toEqual([]);
    expect(answers).toHaveLength(1);
    answers.length = 0;
    const read = await store.listMany(['audit', 'trackedIssue']);
    expect(read.audit).toHaveLength(40);
    // 40 audits are more than the first statement's share of each entity: one page more.
    expect(listFirstRows).toBeLessThan(40);
    expect(answers).toHaveLength(2);
  });
});
