import { Kysely, sql } from 'kysely';
import type { Dialect } from 'kysely';
import type { Database } from '../../src/adapters/sql/database';
import { migrateToLatest } from '../../src/adapters/sql/migrate';
import { SqlTrailedStore } from '../../src/adapters/sql/trailedStore';
import { verifyTrailAndRecords } from '../../src/app/trail/verifyAuditTrail';
import { crashingDialect } from './interceptingDialect';
import { MemoryTrailAnchor } from './memoryTrailAnchor';

const at = new Date('2026-11-24T10:00:00.000Z');

/**
 * Tamper evidence and crash recovery of the trail, run on each engine. `freshDialect` must return
 * a dialect over an empty database each time it is called.
 */
export function describeTrailSuite(
  engine: string,
  freshDialect: () => Promise<{ dialect: Dialect; close(): Promise<void> }>,
): void {
  describe(`audit trail on ${engine}`, () => {
    let close: () => Promise<void>;
    let db: Kysely<Database>;
    let store: SqlTrailedStore;

    async function openWith(wrap: (d: Dialect) => Dialect = (d) => d) {
      const fresh = await freshDialect();
      close = fresh.close;
      db = new Kysely<Database>({ dialect: wrap(fresh.dialect) });
      await migrateToLatest(db);
      store = new SqlTrailedStore(db, { anchor: new MemoryTrailAnchor() });
    }
    afterEach(async () => {
      await db.destroy();
      await close();
    });

    async function writeHistory(count: number) {
      let current = null as Awaited<ReturnType<typeof store.get<'userRoles'>>>;
      for (let i = 0; i < count; i += 1) {
        current = await store.apply({
          entity: 'userRoles',
          id: 'u',
          before: current,
          after: { accountId: 'u', roles: i % 2 ? ['auditor'] : ['viewer'] },
          actor: `actor-${i}`,
          at,
        });
      }
    }

    it('[P11.10a] detects a changed value and names the entry', async () => {
      await openWith();
      await writeHistory(5);
      await sql`UPDATE audit_trail SET actor = ${'mallory'} WHERE seq = 3`.execute(db);
      expect(await verifyTrailAndRecords(store)).toMatchObject({
        intact: false,
        firstBreak: { seq: 3, kind: 'tampered' },
      });
    });

    it('[P11.10a] chains new entries that store no previous hash after older ones that do, and names a stored one that disagrees', async () => {
      await openWith();
      await writeHistory(6);
      const rows = await db.selectFrom('audit_trail').select(['seq', 'prev_hash', 'hash']).orderBy('seq').execute();
      expect(rows.map((row) => row.prev_hash)).toEqual(rows.map(() => ''));
      // Entries 1-3 as written before: each with its copy of the previous hash.
      for (const row of rows.slice(1, 3)) {
        const before = rows[Number(row.seq) - 2]!;
        await sql`UPDATE audit_trail SET prev_hash = ${before.hash} WHERE seq = ${row.seq}`.execute(db);
      }
      expect(await verifyTrailAndRecords(store)).toMatchObject({ intact: true, entries: 6 });
      await sql`UPDATE audit_trail SET prev_hash = ${'f'.repeat(64)} WHERE seq = 5`.execute(db);
      expect(await verifyTrailAndRecords(store)).toMatchObject({
        intact: false,
        firstBreak: { seq: 5, kind: 'chain' },
      });
    });

    it('[P11.10a] detects a deleted entry', async () => {
      await openWith();
      await writeHistory(5);
      await sql`DELETE FROM audit_trail WHERE seq = 2`.execute(db);
      expect(await verifyTrailAndRecords(store)).toMatchObject({ intact: false, firstBreak: { seq: 2, kind: 'gap' } });
    });

    it('[P11.10a] detects two entries swapped', async () => {
      await openWith();
      await writeHistory(5);
      // Swap the contents of entries 2 and 4 (keeping their sequence numbers).
      await sql`UPDATE audit_trail SET seq = 1000 WHERE seq = 2`.execute(db);
      await sql`UPDATE audit_trail SET seq = 2 WHERE seq = 4`.execute(db);
      await sql`UPDATE audit_trail SET seq = 4 WHERE seq = 1000`.execute(db);
      const verdict = await verifyTrailAndRecords(store);
      expect(verdict).toMatchObject({ intact: false, firstBreak: { seq: 2 } });
    });

    it('[A11.7] [P11.10e] finds and rolls forward a write interrupted between its trail entry and its row change', async () => {
      let armed = false;
      let crashes!: () => number;
      await openWith((d) => {
        const crashing = crashingDialect(d, (q) => armed && /^update `?"?user_roles/i.test(q));
        crashes = crashing.crashes;
        return crashing.dialect;
      });
      await writeHistory(2);
      const before = await store.get('userRoles', 'u');
      armed = true;
      await expect(
        store.apply({
          entity: 'userRoles',
          id: 'u',
          before,
          after: { accountId: 'u', roles: ['leadAuditor'] },
          actor: 'crasher',
          at,
        }),
      ).rejects.toThrow('simulated crash');
      armed = false;
      expect(crashes()).toBe(1);

      // The row still shows the old version: the change lives only in the trail so far.
      expect((await store.get('userRoles', 'u'))?.version).toBe(2);
      expect(await store.findInterruptedWrites()).toEqual([
        { seq: 3, entityType: 'userRoles', entityId: 'u', entityVersion: 3 },
      ]);
      expect(await verifyTrailAndRecords(store)).toMatchObject({ intact: true, entries: 3 });

      const repaired = await store.recoverInterruptedWrites();
      expect(repaired).toHaveLength(1);
      const after = await store.get('userRoles', 'u');
      expect(after).toMatchObject({ version: 3, record: { roles: ['leadAuditor'] }, updatedBy: 'crasher' });
      expect(await store.findInterruptedWrites()).toEqual([]);
      // Repair writes rows, never the trail: still three entries, still intact.
      expect(await verifyTrailAndRecords(store)).toMatchObject({ intact: true, entries: 3 });
    });

    it('repairs an interrupted create, and a later writer that trips over it gets conflict and the repaired record', async () => {
      let armed = false;
      await openWith((d) => crashingDialect(d, (q) => armed && /^insert into `?"?programme_settings/i.test(q)).dialect);
      armed = true;
      const settings = {
        organisationName: 'Acme',
        cycleLengthMonths: 12 as const,
        cycleStart: '2026-01-01',
        timeZone: 'UTC',
        workingDays: [1, 2, 3, 4, 5],
      };
      await expect(
        store.apply({ entity: 'programmeSettings', id: 'p', before: null, after: settings, actor: 'a', at }),
      ).rejects.toThrow('simulated crash');
      armed = false;
      expect(await store.get('programmeSettings', 'p')).toBeNull();
      // A second writer, unaware, tries to create the same record: it must not overwrite the first.
      await expect(
        store.apply({
          entity: 'programmeSettings',
          id: 'p',
          before: null,
          after: { ...settings, organisationName: 'Other' },
          actor: 'b',
          at,
        }),
      ).rejects.toMatchObject({ code: 'conflict' });
      expect(await store.get('programmeSettings', 'p')).toMatchObject({
        version: 1,
        record: { organisationName: 'Acme' },
        updatedBy: 'a',
      });
      expect(await store.findInterruptedWrites()).toEqual([]);
    });

    it('[A11.7] repairs an interrupted delete', async () => {
      let armed = false;
      await openWith((d) => crashingDialect(d, (q) => armed && /^delete from `?"?user_roles/i.test(q)).dialect);
      await writeHistory(1);
      armed = true;
      await expect(
        store.apply({
          entity: 'userRoles',
          id: 'u',
          before: await store.get('userRoles', 'u'),
          after: null,
          actor: 'a',
          at,
        }),
      ).rejects.toThrow();
      armed = false;
      expect(await store.findInterruptedWrites()).toHaveLength(1);
      await store.recoverInterruptedWrites();
      expect(await store.get('userRoles', 'u')).toBeNull();
      expect(await store.findInterruptedWrites()).toEqual([]);
    });

    it('[P11.10c] [A11.8] names a row changed in SQL, on plain-column and JSON-body tables alike', async () => {
      await openWith();
      await writeHistory(3);
      const settings = {
        organisationName: 'Acme',
        cycleLengthMonths: 12 as const,
        cycleStart: '2026-01-01',
        timeZone: 'UTC',
        workingDays: [1, 2, 3, 4, 5],
      };
      await store.apply({ entity: 'programmeSettings', id: 'p', before: null, after: settings, actor: 'a', at });
      await store.apply({
        entity: 'jiraSyncState',
        id: 'jira',
        before: null,
        after: { lastRunStartedAt: null, lastRunFinishedAt: null, lastRepairs: 0 },
        actor: 'a',
        at,
      });
      // Untouched, every record matches the trail entry for its version, whatever the engine returns.
      expect(await verifyTrailAndRecords(store)).toMatchObject({ intact: true, entries: 5 });

      await sql`UPDATE user_roles SET roles = ${'["programmeManager"]'} WHERE id = ${'u'}`.execute(db);
      await sql`UPDATE programme_settings SET cycle_length_months = 6`.execute(db);
      await sql`UPDATE jira_sync_state SET body = ${'{"not":"a sync state"}'}`.execute(db);
      const verdict = await verifyTrailAndRecords(store);
      expect(
        verdict.intact ? [] : verdict.breaks.map((b) => [b.kind, b.record?.entityType, b.record?.entityVersion]),
      ).toEqual([
        ['record', 'programmeSettings', 1],
        ['record', 'userRoles', 3],
        ['record', 'jiraSyncState', 1],
      ]);
    });

    it('[P11.10c] [A11.8] names a record deleted in SQL once the repair sweep has passed it, not a write in progress', async () => {
      await openWith();
      await writeHistory(3);
      await store.apply({
        entity: 'programmeBootstrap',
        id: 'programme',
        before: null,
        after: { firstProgrammeManager: 'a' },
        actor: 'a',
        at,
      });
      await sql`DELETE FROM programme_bootstrap`.execute(db);
      // Until the sweep has run, a create with no row may be a write in progress (the sweep finishes it).
      expect(await verifyTrailAndRecords(store)).toMatchObject({ intact: true });
      await store.recoverInterruptedWrites();
      expect(await store.get('programmeBootstrap', 'programme')).not.toBeNull();
      await sql`DELETE FROM programme_bootstrap`.execute(db);
      await sql`UPDATE user_roles SET version = 2, roles = ${'["auditor"]'}, updated_by = ${'actor-1'}`.execute(db);
      const verdict = await verifyTrailAndRecords(store);
      expect(verdict.intact ? [] : verdict.breaks.map((b) => b.message)).toEqual([
        'Record userRoles u is stored at version 2, but trail entry 3 recorded version 3: it was set back outside the app',
        'Record programmeBootstrap programme is missing from the store, but trail entry 4 recorded version 1: it was deleted outside the app',
      ]);
    });

    it('[P11.10e] [A11.9] names entries deleted from the end of the trail', async () => {
      await openWith();
      await writeHistory(6);
      await sql`DELETE FROM audit_trail WHERE seq > 4`.execute(db);
      expect(await verifyTrailAndRecords(store)).toMatchObject({
        intact: false,
        firstBreak: { seq: 5, kind: 'cut', message: expect.stringMatching(/^The trail ends at entry 4 but entry 6/) },
      });
    });
  });
}
