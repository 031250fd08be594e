import { Kysely } from 'kysely';
import type { Database } from '../../../src/adapters/sql/database';
import { sqliteDialect } from '../../../src/adapters/sql/dialects/sqliteDialect';
import { migrateToLatest } from '../../../src/adapters/sql/migrate';
import { SqlTrailedStore } from '../../../src/adapters/sql/trailedStore';
import type { PeriodFiguresRecord } from '../../../src/domain/review/periodFigures';

/** Which record types a range of trail entries changed: what decides whether a macro's snapshot holds. */

const at = new Date('2026-11-24T10:00:00.000Z');
const month = (id: string): PeriodFiguresRecord => ({
  month: id,
  incidents: 1,
  incidentHoursToResolve: 2,
  incidentsSource: 'recorded',
  incidentsJql: null,
  countedAt: null,
  trainingCompletionPct: 90,
  note: '',
});

describe('the record types changed in a range of the trail', () => {
  let db: Kysely<Database>;
  let store: SqlTrailedStore;

  beforeAll(async () => {
    db = new Kysely<Database>({ dialect: sqliteDialect(':memory:').dialect });
    await migrateToLatest(db);
    store = new SqlTrailedStore(db);
  }, 120_000);
  afterAll(() => db.destroy());

  it('names each type once, the first sequence number excluded and the last included', async () => {
    const start = await store.headSeq();
    await store.apply({
      entity: 'periodFigures',
      id: '2026-10',
      before: null,
      after: month('2026-10'),
      actor: 'a',
      at,
    });
    await store.apply({
      entity: 'periodFigures',
      id: '2026-11',
      before: null,
      after: month('2026-11'),
      actor: 'a',
      at,
    });
    await store.apply({
      entity: 'auditableArea',
      id: 'ar-it',
      before: null,
      after: { name: 'IT', ownerId: 'a', memberIds: [], likelihood: 1, impact: 1, itemIds: [] },
      actor: 'a',
      at,
    });
    const head = await store.headSeq();
    expect(head).toBe(start + 3);
    expect(await store.entityTypesChanged({ afterSeq: start, throughSeq: head })).toEqual([
      'auditableArea',
      'periodFigures',
    ]);
    expect(await store.entityTypesChanged({ afterSeq: start + 2, throughSeq: head })).toEqual(['auditableArea']);
    expect(await store.entityTypesChanged({ afterSeq: start, throughSeq: start + 1 })).toEqual(['periodFigures']);
    expect(await store.entityTypesChanged({ afterSeq: head, throughSeq: head })).toEqual([]);
    expect(await store.entityTypesChanged({ afterSeq: head, throughSeq: start })).toEqual([]);
  });
});
