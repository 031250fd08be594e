import { Kysely } from 'kysely';
import type { Database } from '../../src/adapters/sql/database';
import { migrateToLatest } from '../../src/adapters/sql/migrate';
import { SqlTrailedStore } from '../../src/adapters/sql/trailedStore';
import { Failure } from '../../src/domain/failure';
import type { ProgrammeSettings } from '../../src/domain/programme/programmeSettings';
import { verifyTrailAndRecords } from '../../src/app/trail/verifyAuditTrail';
import { openedAction } from '../../src/domain/actions/correctiveAction';
import type { FindingRecord } from '../../src/domain/audits/finding';

export interface EngineUnderTest {
  db: Kysely<Database>;
  close(): Promise<void>;
}

const settings = (name: string): ProgrammeSettings => ({
  organisationName: name,
  cycleLengthMonths: 12,
  cycleStart: '2026-01-01',
  timeZone: 'Europe/Dublin',
  workingDays: [1, 2, 3, 4, 5],
});
const at = new Date('2026-11-24T10:00:00.000Z');
const findingOf = (auditId: string): FindingRecord => ({
  auditId,
  source: { kind: 'internalAudit' },
  content: { grade: 'minorNC', itemId: 'A.8.13', areaId: 'ar-it', requirement: 'r', evidence: 'e', gap: 'g' },
  raisedOn: '2026-11-24',
  raisedBy: 'a1',
  repeatOf: [],
});
const actionFor = (title: string, findingIds: string[]) =>
  openedAction({
    findingIds,
    auditIds: ['au-1'],
    title,
    state: 'rootCause',
    correction: { text: 'Contained', by: 'a1', at: at.toISOString() },
  });

/**
 * The record store's behaviour, run unchanged on every engine (SQLite, MariaDB, Forge SQL routed to
 * each): one set of expectations, so an engine difference shows up as a failing test here.
 */
export function describeStoreSuite(engine: string, open: () => Promise<EngineUnderTest>): void {
  describe(`record store on ${engine}`, () => {
    let target: EngineUnderTest;
    let store: SqlTrailedStore;

    beforeEach(async () => {
      target = await open();
      await migrateToLatest(target.db);
      store = new SqlTrailedStore(target.db);
    });
    afterEach(async () => {
      await target.close();
    });

    it('[P11.10e] [A11.9] creates, reads, updates and deletes a record, trailing each change with old and new values', async () => {
      const created = await store.apply({
        entity: 'programmeSettings',
        id: 'p',
        before: null,
        after: settings('Acme'),
        actor: 'a1',
        at,
      });
      expect(created).toMatchObject({ version: 1, record: { organisationName: 'Acme' }, updatedBy: 'a1' });
      const read = await store.get('programmeSettings', 'p');
      expect(read).toEqual(created);

      const updated = await store.apply({
        entity: 'programmeSettings',
        id: 'p',
        before: read,
        after: settings('Acme Pharma'),
        actor: 'a2',
        at,
        reason: 'renamed',
      });
      expect(updated?.version).toBe(2);
      await store.apply({ entity: 'programmeSettings', id: 'p', before: updated, after: null, actor: 'a3', at });
      expect(await store.get('programmeSettings', 'p')).toBeNull();

      const entries = await store.entries({ limit: 10 });
      expect(entries.map((e) => [e.seq, e.action, e.entityVersion, e.actor])).toEqual([
        [1, 'create', 1, 'a1'],
        [2, 'update', 2, 'a2'],
        [3, 'delete', 3, 'a3'],
      ]);
      expect(entries[1]).toMatchObject({
        before: { organisationName: 'Acme' },
        after: { organisationName: 'Acme Pharma' },
        reason: 'renamed',
        at: '2026-11-24T10:00:00.000Z',
      });
      expect(entries[2]?.after).toBeNull();
      expect(await verifyTrailAndRecords(store)).toMatchObject({ intact: true, entries: 3 });
    });

    it('[A11.7] [P11.10f] rejects a write based on a stale version with conflict and changes nothing', async () => {
      const v1 = await store.apply({
        entity: 'userRoles',
        id: 'u1',
        before: null,
        after: { accountId: 'u1', roles: ['auditor'] },
        actor: 'pm',
        at,
      });
      await store.apply({
        entity: 'userRoles',
        id: 'u1',
        before: v1,
        after: { accountId: 'u1', roles: ['viewer'] },
        actor: 'pm',
        at,
      });
      const stale = store.apply({
        entity: 'userRoles',
        id: 'u1',
        before: v1,
        after: { accountId: 'u1', roles: ['leadAuditor'] },
        actor: 'pm2',
        at,
      });
      await expect(stale).rejects.toMatchObject({ code: 'conflict', field: 'expectedVersion' });
      expect((await store.get('userRoles', 'u1'))?.record.roles).toEqual(['viewer']);
      expect(await store.entries({ limit: 10 })).toHaveLength(2);
    });

    it('creates a record once: a retried create is a conflict, not a second row', async () => {
      await store.apply({
        entity: 'programmeBootstrap',
        id: 'programme',
        before: null,
        after: { firstProgrammeManager: 'a' },
        actor: 'a',
        at,
      });
      await expect(
        store.apply({
          entity: 'programmeBootstrap',
          id: 'programme',
          before: null,
          after: { firstProgrammeManager: 'b' },
          actor: 'b',
          at,
        }),
      ).rejects.toBeInstanceOf(Failure);
      expect(await store.list('programmeBootstrap')).toHaveLength(1);
      expect((await store.get('programmeBootstrap', 'programme'))?.record.firstProgrammeManager).toBe('a');
    });

    it('refuses a record that does not match its schema, before writing anything', async () => {
      const bad = { ...settings('x'), cycleLengthMonths: 18 } as unknown as ProgrammeSettings;
      await expect(
        store.apply({ entity: 'programmeSettings', id: 'p', before: null, after: bad, actor: 'a', at }),
      ).rejects.toThrow();
      expect(await store.entries({ limit: 10 })).toHaveLength(0);
      expect(await store.get('programmeSettings', 'p')).toBeNull();
    });

    it('counts records by an indexed field for many values at once, in the database', async () => {
      const put = (id: string, auditId: string) =>
        store.apply({ entity: 'finding', id, before: null, after: findingOf(auditId), actor: 'a1', at });
      for (const [id, auditId] of [
        ['f1', 'au-1'],
        ['f2', 'au-2'],
        ['f3', 'au-1'],
        ['f4', 'au-3'],
      ] as const) {
        await put(id, auditId);
      }
      const counts = await store.countBy('finding', 'auditId', ['au-1', 'au-2', 'au-none', 'au-1']);
      expect([...counts].sort()).toEqual([
        ['au-1', 2],
        ['au-2', 1],
      ]);
      expect((await store.countBy('finding', 'auditId', [])).size).toBe(0);
    });

    it('finds the corrective actions answering some findings by the finding, and no other action', async () => {
      const put = (id: string, findingIds: string[]) =>
        store.apply({
          entity: 'correctiveAction',
          id,
          before: null,
          after: actionFor(`Action ${id}`, findingIds),
          actor: 'a1',
          at,
        });
      await put('ca-3', ['f_1', 'f-2']);
      await put('ca-1', ['f-1']);
      await put('ca-2', ['f-10']);
      // Named in its text but answering another finding: not an action of f-1.
      await store.apply({
        entity: 'correctiveAction',
        id: 'ca-4',
        before: null,
        after: actionFor('Like "f-1" before it', ['f-3']),
        actor: 'a1',
        at,
      });
      const ids = async (values: string[]) =>
        (await store.listContaining('correctiveAction', 'findingIds', values)).map((a) => a.id);
      // `_` and `%` are LIKE wildcards: a value holding them still matches only itself.
      expect(await ids(['f-1'])).toEqual(['ca-1']);
      expect(await ids(['f_1'])).toEqual(['ca-3']);
      expect(await ids(['f%'])).toEqual([]);
      expect(await ids(['f-2', 'f-10', 'f-1'])).toEqual(['ca-1', 'ca-2', 'ca-3']);
      expect(await ids([])).toEqual([]);
      expect((await store.listContaining('correctiveAction', 'findingIds', ['f-10']))[0]).toEqual(
        await store.get('correctiveAction', 'ca-2'),
      );
    });

    it('lets exactly one of many concurrent writers of the same version win', async () => {
      const v1 = await store.apply({
        entity: 'userRoles',
        id: 'u',
        before: null,
        after: { accountId: 'u', roles: [] },
        actor: 'pm',
        at,
      });
      const outcomes = await Promise.allSettled(
        ['auditor', 'viewer', 'auditee', 'leadAuditor'].map((role) =>
          store.apply({
            entity: 'userRoles',
            id: 'u',
            before: v1,
            after: { accountId: 'u', roles: [role as 'auditor'] },
            actor: role,
            at,
          }),
        ),
      );
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      expect(won).toHaveLength(1);
      expect(
        outcomes
          .filter((o) => o.status === 'rejected')
          .every((o) => (o as PromiseRejectedResult).reason.code === 'conflict'),
      ).toBe(true);
      const final = await store.get('userRoles', 'u');
      expect(final?.version).toBe(2);
      expect(final?.record.roles).toEqual(
        (won[0] as PromiseFulfilledResult<{ record: { roles: string[] } }>).value.record.roles,
      );
      expect(await verifyTrailAndRecords(store)).toMatchObject({ intact: true, entries: 2 });
    });
  });
}
