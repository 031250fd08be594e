import { Kysely } from 'kysely';
import type { Database } from '../../../src/adapters/sql/database';
import { mariadbDialect } from '../../../src/adapters/sql/dialects/mariadbDialect';
import { sqliteDialect } from '../../../src/adapters/sql/dialects/sqliteDialect';
import { migrateToLatest } from '../../../src/adapters/sql/migrate';
import { SqlTrailedStore } from '../../../src/adapters/sql/trailedStore';
import { suggestedJiraSettings } from '../../../src/domain/jira/jiraSettings';
import { AuditRecord } from '../../../src/domain/audits/auditPlan';
import type { FindingRecord } from '../../../src/domain/audits/finding';
import type { EntityName, EntityTypes } from '../../../src/ports/entities';
import { InterceptingDialect } from '../../support/interceptingDialect';
import { freshMariaDb } from '../../support/mariadb';

interface Engine {
  store: SqlTrailedStore;
  db: Kysely<Database>;
  statements: string[];
  close(): Promise<void>;
}
type Dialect = ConstructorParameters<typeof InterceptingDialect>[0];

/** The store on `dialect`, with every SQL statement it sends recorded. */
async function engineOn(dialect: Dialect, drop: () => Promise<void> = async () => {}): Promise<Engine> {
  const statements: string[] = [];
  const db = new Kysely<Database>({ dialect: new InterceptingDialect(dialect, (sql) => statements.push(sql)) });
  await migrateToLatest(db);
  return {
    store: new SqlTrailedStore(db),
    db,
    statements,
    close: async () => {
      await db.destroy();
      await drop();
    },
  };
}

const engines: Array<[string, () => Promise<Engine>]> = [['SQLite', () => engineOn(sqliteDialect(':memory:').dialect)]];
// MariaDB runs where `npm run test:all` started its throwaway server (it sets MARIADB_URL).
if (process.env.MARIADB_URL) {
  engines.push([
    'MariaDB',
    async () => {
      const fresh = await freshMariaDb();
      return engineOn(mariadbDialect(fresh.url).dialect, fresh.drop);
    },
  ]);
}

const at = new Date('2026-11-24T10:00:00.000Z');
const audit = (title: string) =>
  AuditRecord.parse({
    programmeId: 'cycle-2026-01-01',
    state: 'planned',
    origin: { kind: 'manual' },
    plan: { title, areaIds: ['ar-it'], itemIds: ['A.8.13'], plannedStart: '2026-12-01', plannedEnd: '2026-12-04' },
  });
const finding = (auditId: string, raisedOn: string): FindingRecord => ({
  auditId,
  source: { kind: 'internalAudit' },
  content: { grade: 'observation', itemId: 'A.8.13', areaId: 'ar-it', requirement: 'r', evidence: 'e', gap: '' },
  raisedOn,
  raisedBy: 'acct-lead',
  repeatOf: [],
});

describe.each(engines)('listMany on %s', (_name, open) => {
  let engine: Engine;
  const put = <K extends EntityName>(entity: K, id: string, record: EntityTypes[K]) =>
    engine.store.apply({ entity, id, before: null, after: record, actor: 'acct-manager', at });

  beforeEach(async () => {
    engine = await open();
    // Written out of id order, so the order of the answer is the store's doing.
    await put('audit', 'au-2', audit('Second audit'));
    await put('audit', 'au-1', audit('First audit'));
    await put('finding', 'f-3', finding('au-2', '2026-12-02'));
    await put('finding', 'f-1', finding('au-1', '2026-12-01'));
    await put('finding', 'f-2', finding('au-1', '2026-12-03'));
    await put('jiraSettings', 'jira', suggestedJiraSettings);
    engine.statements.length = 0;
  });
  afterEach(() => engine.close());

  it('reads several entities in ONE statement, each entity’s records in id order', async () => {
    const read = await engine.store.listMany(['finding', 'audit', 'jiraSettings', 'trackedIssue']);
    expect(engine.statements).toHaveLength(1);
    expect(read.audit.map((r) => [r.id, r.record.plan.title])).toEqual([
      ['au-1', 'First audit'],
      ['au-2', 'Second audit'],
    ]);
    expect(read.finding.map((r) => r.id)).toEqual(['f-1', 'f-2', 'f-3']);
    expect(read.jiraSettings.map((r) => r.id)).toEqual(['jira']);
    expect(read.trackedIssue).toEqual([]);
  });

  it('returns each record as get does: parsed, with version and who changed it when', async () => {
    const read = await engine.store.listMany(['audit', 'finding']);
    const one = await engine.store.get('finding', 'f-2');
    expect(read.finding[1]).toEqual(one);
    expect(read.audit[0]).toEqual(await engine.store.get('audit', 'au-1'));
    expect(read.audit[0]).toMatchObject({ version: 1, updatedBy: 'acct-manager', record: { state: 'planned' } });
    // The body is validated on the way out: defaults of the record schema are filled in.
    expect(read.audit[0]?.record.checklist).toEqual([]);
  });

  it('sees later writes, and reads an entity once however often it is named', async () => {
    const before = await engine.store.get('audit', 'au-1');
    await engine.store.apply({
      entity: 'audit',
      id: 'au-1',
      before,
      after: { ...before!.record, state: 'inProgress' },
      actor: 'acct-lead',
      at,
    });
    engine.statements.length = 0;
    const read = await engine.store.listMany(['audit', 'audit']);
    expect(engine.statements).toHaveLength(1);
    expect(read.audit.map((r) => [r.id, r.version, r.record.state])).toEqual([
      ['au-1', 2, 'inProgress'],
      ['au-2', 1, 'planned'],
    ]);
  });

  it('refuses an unknown entity, or one it cannot read whole, before sending anything', async () => {
    await expect(engine.store.listMany(['audit', 'signingCredential'])).rejects.toThrow(
      /^listMany: signingCredential (is not kept as a JSON body|has neither a JSON body nor packed columns)$/,
    );
    await expect(engine.store.listMany(['audit', 'noSuchEntity' as EntityName])).rejects.toThrow();
    expect(engine.statements).toHaveLength(0);
  });

  it('sends nothing for an empty list', async () => {
    expect(await engine.store.listMany([])).toEqual({});
    expect(engine.statements).toHaveLength(0);
  });
});
