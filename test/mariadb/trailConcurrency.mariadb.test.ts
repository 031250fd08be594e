import { Kysely } from 'kysely';
import type { Database } from '../../src/adapters/sql/database';
import { mariadbDialect } from '../../src/adapters/sql/dialects/mariadbDialect';
import { migrateToLatest } from '../../src/adapters/sql/migrate';
import { SqlTrailedStore } from '../../src/adapters/sql/trailedStore';
import { verifyTrailAndRecords } from '../../src/app/trail/verifyAuditTrail';
import type { AppRole } from '../../src/domain/access/appRole';
import { Failure } from '../../src/domain/failure';
import { freshMariaDb } from '../support/mariadb';

// 10,000 racing writes on a real server: about 80 s on a quiet two-core machine, and more than
// 180 s while another full test run shares the cores. Generous, since it asserts behaviour only.
jest.setTimeout(900_000);

const WRITERS = 8;
const TOTAL = 10_000;
const HOT_RECORDS = 5;
const roleCycle: AppRole[] = ['viewer', 'auditor', 'auditee', 'leadAuditor'];

describe('audit trail under concurrent writers on MariaDB', () => {
  let fresh: Awaited<ReturnType<typeof freshMariaDb>>;
  let db: Kysely<Database>;
  let store: SqlTrailedStore;

  beforeAll(async () => {
    fresh = await freshMariaDb();
    db = new Kysely<Database>({ dialect: mariadbDialect(fresh.url, WRITERS).dialect });
    await migrateToLatest(db);
    store = new SqlTrailedStore(db);
  });
  afterAll(async () => {
    await db.destroy();
    await fresh.drop();
  });

  it(`[P11.10e] writes ${TOTAL} entries from ${WRITERS} writers racing for sequence numbers and for the same records, and the chain verifies`, async () => {
    let written = 0;
    let conflicts = 0;
    const at = new Date('2026-11-24T12:00:00.000Z');

    async function writer(w: number) {
      let i = 0;
      while (written < TOTAL) {
        i += 1;
        // Most writes update a record of the writer's own; every fourth fights over a hot record
        // shared by all writers, so optimistic concurrency is exercised as hard as the trail.
        const id = i % 4 === 0 ? `hot-${i % HOT_RECORDS}` : `w${w}-${i % 50}`;
        const before = await store.get('userRoles', id);
        try {
          await store.apply({
            entity: 'userRoles',
            id,
            before,
            after: { accountId: id, roles: [roleCycle[(i + w) % roleCycle.length]!] },
            actor: `writer-${w}`,
            at,
          });
          written += 1;
        } catch (error) {
          if (error instanceof Failure && error.code === 'conflict') conflicts += 1;
          else throw error;
        }
      }
    }
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));

    const total = written;
    expect(total).toBeGreaterThanOrEqual(TOTAL);
    expect(total).toBeLessThan(TOTAL + WRITERS);
    expect(conflicts).toBeGreaterThan(0);

    const verdict = await verifyTrailAndRecords(store);
    expect(verdict).toMatchObject({ intact: true, entries: total, lastSeq: total });

    // Each record's version is exactly the number of trail entries written for it: no lost and
    // no doubled write, and every trail entry's change is in the store.
    const perRecord = await db
      .selectFrom('audit_trail')
      .select(['entity_id'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .groupBy('entity_id')
      .execute();
    const rows = await store.list('userRoles');
    const versions = new Map(rows.map((r) => [r.id, r.version]));
    for (const { entity_id, n } of perRecord)
      expect([entity_id, versions.get(entity_id)]).toEqual([entity_id, Number(n)]);
    expect(await store.findInterruptedWrites()).toEqual([]);
  });

  it('[P11.10a] detects a changed value, a deleted row and a swap in the 10,000-entry trail', async () => {
    await db.updateTable('audit_trail').set({ reason: 'backdated' }).where('seq', '=', 7777).execute();
    expect(await verifyTrailAndRecords(store)).toMatchObject({
      intact: false,
      firstBreak: { seq: 7777, kind: 'tampered' },
    });
    await db.updateTable('audit_trail').set({ reason: null }).where('seq', '=', 7777).execute();
    expect(await verifyTrailAndRecords(store)).toMatchObject({ intact: true });

    const row = await db.selectFrom('audit_trail').selectAll().where('seq', '=', 4321).executeTakeFirstOrThrow();
    await db.deleteFrom('audit_trail').where('seq', '=', 4321).execute();
    expect(await verifyTrailAndRecords(store)).toMatchObject({ intact: false, firstBreak: { seq: 4321, kind: 'gap' } });
    await db.insertInto('audit_trail').values(row).execute();

    await db.updateTable('audit_trail').set({ seq: 100_000 }).where('seq', '=', 9000).execute();
    await db.updateTable('audit_trail').set({ seq: 9000 }).where('seq', '=', 9001).execute();
    await db.updateTable('audit_trail').set({ seq: 9001 }).where('seq', '=', 100_000).execute();
    expect(await verifyTrailAndRecords(store)).toMatchObject({ intact: false, firstBreak: { seq: 9000 } });
  });
});
