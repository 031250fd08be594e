import { Kysely, type CompiledQuery, type Dialect } from 'kysely';
import type { Database } from '../../src/adapters/sql/database';
import { migrateToLatest } from '../../src/adapters/sql/migrate';
import { SqlTrailedStore } from '../../src/adapters/sql/trailedStore';
import { verifyTrailAndRecords } from '../../src/app/trail/verifyAuditTrail';
import { untrackedIssue, type TrackedIssueRecord } from '../../src/domain/jira/trackedIssue';
import type { ChangeOutcome, RecordChange, StoredRecord } from '../../src/ports/recordStore';
import { crashingDialect, InterceptingDialect } from './interceptingDialect';
import { MemoryTrailAnchor } from './memoryTrailAnchor';

const at = new Date('2026-11-24T10:00:00.000Z');

/** A tracked record whose last error is `noteLength` characters: big rows make the statements split. */
const tracked = (n: number, noteLength = 0): TrackedIssueRecord => ({
  ...untrackedIssue('finding', `f-${n}`, 'audit-1', 'queued'),
  lastError: noteLength > 0 ? `"${'x'.repeat(noteLength - 2)}"` : null,
});

const creates = (from: number, to: number, actor = 'pm', noteLength = 0): RecordChange<'trackedIssue'>[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    entity: 'trackedIssue' as const,
    id: `finding:f-${from + i}`,
    before: null,
    after: tracked(from + i, noteLength),
    actor,
    at,
  }));

const storedOf = (outcomes: ChangeOutcome<'trackedIssue'>[]) =>
  outcomes.map((o) => (o.ok ? o.stored : null)).filter((s): s is StoredRecord<TrackedIssueRecord> => s !== null);

/** The bytes one statement puts on the wire: its SQL and its bound values, JSON-encoded. */
const requestBytes = (compiled: CompiledQuery) =>
  Buffer.byteLength(compiled.sql) + Buffer.byteLength(JSON.stringify(compiled.parameters));

/**
 * `applyMany` on each engine: the guarantees of one-by-one writes (versions, conflicts, the chain,
 * recovery of an interrupted write) in a few statements. `freshDialect` returns a dialect over an
 * empty database each time.
 */
export function describeBatchWriteSuite(
  engine: string,
  freshDialect: () => Promise<{ dialect: Dialect; close(): Promise<void> }>,
): void {
  describe(`batched record writes on ${engine}`, () => {
    let close: () => Promise<void>;
    let db: Kysely<Database>;
    let store: SqlTrailedStore;
    let statements: CompiledQuery[];

    async function openWith(wrap: (d: Dialect) => Dialect = (d) => d) {
      const fresh = await freshDialect();
      close = fresh.close;
      statements = [];
      const counting = (d: Dialect) => new InterceptingDialect(wrap(d), (_sql, compiled) => statements.push(compiled));
      db = new Kysely<Database>({ dialect: counting(fresh.dialect) });
      await migrateToLatest(db);
      store = new SqlTrailedStore(db, { anchor: new MemoryTrailAnchor() });
      statements = [];
    }
    afterEach(async () => {
      await db.destroy();
      await close();
    });

    it('[P11.10e] creates many records in a few statements, each at version 1 with its own trail entry, in order, chained', async () => {
      await openWith();
      const outcomes = await store.applyMany(creates(1, 200));
      expect(outcomes.every((o) => o.ok)).toBe(true);
      expect(storedOf(outcomes).map((s) => [s.id, s.version])).toEqual(
        Array.from({ length: 200 }, (_, i) => [`finding:f-${i + 1}`, 1]),
      );
      // The signatures read is skipped for creates: the head, the trail entries, the rows.
      expect(statements.length).toBeLessThanOrEqual(3);
      const entries = await store.entries({ limit: 500 });
      expect(entries.map((e) => [e.seq, e.entityId, e.entityVersion, e.action])).toEqual(
        Array.from({ length: 200 }, (_, i) => [i + 1, `finding:f-${i + 1}`, 1, 'create']),
      );
      expect((await store.getMany('trackedIssue', ['finding:f-7', 'finding:f-200', 'nope'])).size).toBe(2);
      expect(await verifyTrailAndRecords(store)).toMatchObject({ intact: true, entries: 200 });
      expect(await store.anchoredHead()).toMatchObject({ head: { seq: 200 } });
    });

    it('[A11.7] [P11.10f] updates and deletes with expected versions: a stale change alone fails with conflict, the others land', async () => {
      await openWith();
      const [a, b, c] = storedOf(await store.applyMany(creates(1, 3)));
      const newerB = await store.apply({
        entity: 'trackedIssue',
        id: b!.id,
        before: b!,
        after: { ...b!.record, attempts: 5 },
        actor: 'user',
        at,
      });
      statements = [];
      const outcomes = await store.applyMany([
        { entity: 'trackedIssue', id: a!.id, before: a!, after: { ...a!.record, state: 'creating' }, actor: 'app', at },
        { entity: 'trackedIssue', id: b!.id, before: b!, after: { ...b!.record, state: 'creating' }, actor: 'app', at },
        { entity: 'trackedIssue', id: c!.id, before: c!, after: null, actor: 'app', at },
      ]);
      expect(outcomes.map((o) => (o.ok ? 'ok' : o.failure.code))).toEqual(['ok', 'conflict', 'ok']);
      expect(outcomes[0]).toMatchObject({ ok: true, stored: { version: 2, record: { state: 'creating' } } });
      expect(outcomes[2]).toEqual({ ok: true, stored: null });
      expect(await store.get('trackedIssue', b!.id)).toEqual(newerB);
      expect(await store.get('trackedIssue', c!.id)).toBeNull();
      expect((await store.get('trackedIssue', a!.id))?.record.state).toBe('creating');
      const verdict = await verifyTrailAndRecords(store);
      expect(verdict).toMatchObject({ intact: true, entries: 6 });
      expect((await store.entries({ afterSeq: 4, limit: 10 })).map((e) => [e.entityId, e.action])).toEqual([
        [a!.id, 'update'],
        [c!.id, 'delete'],
      ]);
    });

    it('refuses a batch with one record that does not match its schema, or one record twice, and writes nothing', async () => {
      await openWith();
      const bad = creates(1, 3);
      bad[1] = { ...bad[1]!, after: { ...tracked(2), attempts: -1 } };
      await expect(store.applyMany(bad)).rejects.toThrow();
      const twice = [...creates(1, 2), ...creates(2, 2)];
      await expect(store.applyMany(twice)).rejects.toMatchObject({ code: 'invalid_input', field: 'changes.2.id' });
      expect(await store.entries({ limit: 10 })).toEqual([]);
      expect(await store.list('trackedIssue')).toEqual([]);
    });

    it('[P11.10e] asks for a reason when one record of the batch was signed at the version it replaces, before writing any', async () => {
      await openWith();
      const [a, b] = storedOf(await store.applyMany(creates(1, 2)));
      // A signature on version 1 of the second record, as the signing service leaves it.
      await db
        .insertInto('signatures')
        .values({
          id: 'sig-1',
          version: 1,
          updated_at: at.toISOString(),
          updated_by: 'qa',
          record_type: 'trackedIssue',
          record_id: b!.id,
          record_version: 1,
          content_hash: 'f'.repeat(64),
          signer_account_id: 'qa',
          signer_name: 'QA',
          signed_at: at.toISOString(),
          meaning: 'reviewed',
        })
        .execute();
      const change = (reason: string | null) =>
        [a!, b!].map((s) => ({
          entity: 'trackedIssue' as const,
          id: s.id,
          before: s,
          after: { ...s.record, attempts: 1 },
          actor: 'app',
          at,
          reason,
        }));
      await expect(store.applyMany(change(null))).rejects.toMatchObject({
        code: 'invalid_input',
        field: 'changes.1.reason',
      });
      expect(await store.entries({ afterSeq: 2, limit: 10 })).toEqual([]);
      const outcomes = await store.applyMany(change('corrected attempts'));
      expect(outcomes.every((o) => o.ok)).toBe(true);
      expect((await store.entries({ afterSeq: 2, limit: 10 })).map((e) => e.reason)).toEqual([
        'corrected attempts',
        'corrected attempts',
      ]);
    });

    it('[P11.10e] keeps every statement of a large batch under half of Forge SQL’s 1 MiB request', async () => {
      await openWith();
      // 1,000 records of about 2 KB each: 2 MB of trail values, so the batch must split.
      const outcomes = await store.applyMany(creates(1, 1000, 'pm', 2000));
      expect(outcomes.every((o) => o.ok)).toBe(true);
      const largest = Math.max(...statements.map(requestBytes));
      expect(largest).toBeLessThanOrEqual(512 * 1024);
      const trailInserts = statements.filter((s) => /^insert into [`"]?audit_trail/i.test(s.sql));
      expect(trailInserts.length).toBeGreaterThan(1);
      expect(trailInserts.length).toBeLessThanOrEqual(12);
      expect(statements.length).toBeLessThanOrEqual(30);

      // Updating them all splits the same way (each value beside its row's id in the CASE).
      const stored = storedOf(outcomes);
      statements = [];
      const updated = await store.applyMany(
        stored.map((s) => ({
          entity: 'trackedIssue' as const,
          id: s.id,
          before: s,
          after: { ...s.record, state: 'creating' as const, attempts: 1 },
          actor: 'app',
          at,
        })),
      );
      expect(updated.every((o) => o.ok)).toBe(true);
      expect(Math.max(...statements.map(requestBytes))).toBeLessThanOrEqual(512 * 1024);
      expect(statements.length).toBeLessThanOrEqual(40);
      expect(await verifyTrailAndRecords(store)).toMatchObject({ intact: true, entries: 2000 });
    }, 120_000);

    it('[A11.7] [P11.10e] rolls forward a batch interrupted between its trail entries and its rows', async () => {
      let armed = false;
      await openWith((d) => crashingDialect(d, (q) => armed && /^update [`"]?tracked_issues/i.test(q)).dialect);
      const first = storedOf(await store.applyMany(creates(1, 20)));
      armed = true;
      await expect(
        store.applyMany(
          first.map((s) => ({
            entity: 'trackedIssue' as const,
            id: s.id,
            before: s,
            after: { ...s.record, state: 'creating' as const },
            actor: 'crasher',
            at,
          })),
        ),
      ).rejects.toThrow('simulated crash');
      armed = false;
      // The rows still show version 1: the changes live only in the trail so far.
      expect((await store.list('trackedIssue')).every((s) => s.version === 1)).toBe(true);
      expect((await store.findInterruptedWrites()).map((w) => [w.seq, w.entityVersion])).toEqual(
        Array.from({ length: 20 }, (_, i) => [21 + i, 2]),
      );
      expect(await verifyTrailAndRecords(store)).toMatchObject({ intact: true, entries: 40 });

      // A writer that trips over one of them finishes it and gets conflict, as after a single write.
      await expect(
        store.applyMany([{ ...creates(1, 1)[0]!, before: first[0]!, after: { ...first[0]!.record, attempts: 9 } }]),
      ).resolves.toMatchObject([{ ok: false, failure: { code: 'conflict' } }]);
      expect(await store.get('trackedIssue', first[0]!.id)).toMatchObject({ version: 2, updatedBy: 'crasher' });

      expect(await store.recoverInterruptedWrites()).toHaveLength(19);
      const after = await store.list('trackedIssue');
      expect(after.every((s) => s.version === 2 && s.record.state === 'creating' && s.updatedBy === 'crasher')).toBe(
        true,
      );
      expect(await store.findInterruptedWrites()).toEqual([]);
      expect(await verifyTrailAndRecords(store)).toMatchObject({ intact: true, entries: 40 });
    });

    it('[P11.10e] racing batches and single writers: every record once per version, no lost write, the chain intact', async () => {
      await openWith();
      // Four batches of 60 creates that overlap pairwise (records 1–90 are wanted by two batches),
      // and single updates of other records running beside them.
      const singles = storedOf(await store.applyMany(creates(1001, 1010)));
      const batches = [creates(1, 60, 'b1'), creates(31, 90, 'b2'), creates(61, 120, 'b3'), creates(1, 30, 'b4')];
      const results = await Promise.all([
        ...batches.map((batch) => store.applyMany(batch)),
        ...singles.map((s) =>
          store.apply({
            entity: 'trackedIssue',
            id: s.id,
            before: s,
            after: { ...s.record, attempts: 1 },
            actor: 'one',
            at,
          }),
        ),
      ]);
      const outcomes = results.slice(0, batches.length) as ChangeOutcome<'trackedIssue'>[][];
      const won = outcomes.flat().filter((o) => o.ok).length;
      const lost = outcomes.flat().filter((o) => !o.ok);
      // 120 distinct records, each created by exactly one batch; the others were told `conflict`.
      expect(won).toBe(120);
      expect(lost).toHaveLength(90);
      expect(lost.every((o) => !o.ok && o.failure.code === 'conflict')).toBe(true);

      const rows = await store.list('trackedIssue');
      expect(rows).toHaveLength(130);
      const entries = await store.entries({ limit: 1000 });
      expect(entries).toHaveLength(10 + 120 + 10);
      // Each record's row shows the creator its trail entry names: no batch overwrote another's.
      const creator = new Map(entries.filter((e) => e.action === 'create').map((e) => [e.entityId, e.actor]));
      for (const row of rows.filter((r) => r.version === 1)) {
        expect([row.id, row.updatedBy]).toEqual([row.id, creator.get(row.id)]);
      }
      expect(rows.filter((r) => r.updatedBy === 'one').map((r) => r.version)).toEqual(Array(10).fill(2));
      expect(await store.findInterruptedWrites()).toEqual([]);
      expect(await verifyTrailAndRecords(store)).toMatchObject({ intact: true, entries: 140 });
    }, 120_000);
  });
}
