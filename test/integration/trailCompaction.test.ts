import { sql } from 'kysely';
import type { AppServices } from '../../src/app/services';
import { verifyTrailAndRecords } from '../../src/app/trail/verifyAuditTrail';
import { FULL_EVERY } from '../../src/domain/trail/trailCompaction';
import { chainTrailEntry } from '../../src/domain/trail/trailEntry';
import { entityTables } from '../../src/adapters/sql/entityTables';
import { trailEntryToRow } from '../../src/adapters/sql/trailRows';
import type { StoredRecord } from '../../src/ports/recordStore';
import type { AuditableArea } from '../../src/domain/areas/auditableArea';
import { dispatch } from '../../src/entry/dispatch';
import { appServicesForTest, grantRoles } from '../support/appServices';

/**
 * Compact trail entries through the real store (issue 17): updates store their changes, every
 * reader still sees whole values, the chain and the records verify against what is stored, and
 * damage to a compact entry or to a record written through one is named.
 */
jest.setTimeout(120_000);

const viewer = 'acct-viewer';
let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = (name: string, payload: unknown) =>
  dispatch(name as never, payload, viewer, async () => services) as Promise<any>;

const area = (n: number): AuditableArea => ({
  name: `Stability laboratory ${n}`,
  ownerId: 'acct-owner',
  memberIds: ['acct-a', 'acct-b', 'acct-c'],
  likelihood: 1 + (n % 5),
  impact: 3,
  itemIds: ['A.5.1', 'A.8.13', '6.1.2'],
});

/** One area through `versions` versions, each a small change; returns every version written. */
async function areaHistory(versions: number): Promise<AuditableArea[]> {
  const written: AuditableArea[] = [];
  let current: StoredRecord<AuditableArea> | null = null;
  for (let n = 1; n <= versions; n += 1) {
    current = await services.store.apply({
      entity: 'auditableArea',
      id: 'area_lab',
      before: current,
      after: area(n),
      actor: 'acct-owner',
      at: ctx.clock.now(),
    });
    written.push(area(n));
  }
  return written;
}

const storedRows = async () =>
  (
    await sql<{
      seq: number;
      entity_version: number;
      before_json: string | null;
      after_json: string | null;
    }>`SELECT seq, entity_version, before_json, after_json FROM audit_trail WHERE entity_type = 'auditableArea' ORDER BY seq`.execute(
      ctx.db,
    )
  ).rows;

beforeEach(async () => {
  ctx = await appServicesForTest({ [viewer]: 'Grace Okafor' });
  services = ctx.services;
  await grantRoles(services, { [viewer]: ['viewer'] });
});
afterEach(() => ctx.close());

describe('compact trail entries in the store', () => {
  it('store each update as its changes, yet every reader and the export see whole values', async () => {
    const written = await areaHistory(FULL_EVERY + 5);
    const rows = await storedRows();
    expect(rows[0]!.before_json).toBeNull();
    expect(JSON.parse(rows[0]!.after_json!)).toEqual(written[0]);
    expect(rows[1]!.before_json).toBeNull();
    expect(JSON.parse(rows[1]!.after_json!)).toMatchObject({
      $d: [
        [['likelihood'], 3],
        [['name'], 'Stability laboratory 2'],
      ],
    });
    expect(rows[1]!.after_json!.length).toBeLessThan(JSON.stringify(written[1]).length);

    const entries = await services.trail.entries({ entityType: 'auditableArea', limit: 1000 });
    entries.forEach((entry, i) => {
      expect(entry.before).toEqual(i === 0 ? null : written[i - 1]);
      expect(entry.after).toEqual(written[i]);
    });
    // A page that starts in the middle of the record's history is rebuilt from the versions before it.
    const [late] = await services.trail.entries({
      entityType: 'auditableArea',
      afterSeq: rows[FULL_EVERY + 2]!.seq - 1,
      limit: 1,
    });
    expect(late!.before).toEqual(written[FULL_EVERY + 1]);
    expect(late!.after).toEqual(written[FULL_EVERY + 2]);

    const json = (await call('exportAuditTrail', { entityType: 'auditableArea', format: 'json' })).value;
    const exported = JSON.parse(json.content) as Array<{ before: unknown; after: unknown }>;
    expect(exported.map((e) => e.after)).toEqual(written);
    expect(exported[3]!.before).toEqual(written[2]);
    const csv = (await call('exportAuditTrail', { entityType: 'auditableArea', format: 'csv' })).value;
    expect(csv.content).toContain('Stability laboratory 4');
    expect(csv.content).not.toContain('$d');

    expect(await verifyTrailAndRecords(services.trail)).toMatchObject({ intact: true });
  });

  it('verify a trail of entries stored whole followed by compact ones', async () => {
    // Version 1 through the store (a create is stored whole, as it always was); versions 2 and 3
    // as the app wrote updates before compaction, both values whole, with the row to match.
    let current = await services.store.apply({
      entity: 'auditableArea',
      id: 'area_lab',
      before: null,
      after: area(1),
      actor: 'acct-owner',
      at: ctx.clock.now(),
    });
    for (const version of [2, 3]) {
      const head = await ctx.db
        .selectFrom('audit_trail')
        .select(['seq', 'hash'])
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      const at = ctx.clock.now().toISOString();
      const entry = chainTrailEntry(
        {
          seq: Number(head.seq) + 1,
          at,
          actor: 'acct-owner',
          action: 'update',
          entityType: 'auditableArea',
          entityId: 'area_lab',
          entityVersion: version,
          before: area(version - 1),
          after: area(version),
          reason: null,
        },
        head.hash,
      );
      await ctx.db.insertInto('audit_trail').values(trailEntryToRow(entry)).execute();
      await ctx.db
        .updateTable('auditable_areas' as never)
        .set({
          ...entityTables.auditableArea.toColumns(area(version)),
          version,
          updated_at: at,
          updated_by: 'acct-owner',
        } as never)
        .execute();
      await ctx.anchor.raise({ seq: entry.seq, hash: entry.hash });
    }
    current = await services.store.get('auditableArea', 'area_lab');
    expect(current?.version).toBe(3);
    for (const n of [4, 5]) {
      current = await services.store.apply({
        entity: 'auditableArea',
        id: 'area_lab',
        before: current,
        after: area(n),
        actor: 'acct-owner',
        at: ctx.clock.now(),
      });
    }
    const rows = await storedRows();
    expect(rows.map((r) => r.before_json !== null)).toEqual([false, true, true, false, false]);
    const entries = await services.trail.entries({ entityType: 'auditableArea', limit: 10 });
    expect(entries.map((e) => e.after)).toEqual([1, 2, 3, 4, 5].map(area));
    expect(entries[3]!.before).toEqual(area(3));
    expect(await verifyTrailAndRecords(services.trail)).toMatchObject({ intact: true });
  });

  it('name a compact entry changed in the database, and a record changed beside its compact entry', async () => {
    await areaHistory(4);
    expect(await verifyTrailAndRecords(services.trail)).toMatchObject({ intact: true });
    const rows = await storedRows();
    const third = rows[2]!;
    const altered = third.after_json!.replace('"Stability laboratory 3"', '"Stability laboratory 9"');
    expect(altered).not.toBe(third.after_json);
    await sql`UPDATE audit_trail SET after_json = ${altered} WHERE seq = ${third.seq}`.execute(ctx.db);
    expect(await verifyTrailAndRecords(services.trail)).toMatchObject({
      intact: false,
      firstBreak: { seq: third.seq, kind: 'tampered' },
    });
    await sql`UPDATE audit_trail SET after_json = ${third.after_json} WHERE seq = ${third.seq}`.execute(ctx.db);

    // The row of version 4 changed in place: its trail entry holds only a digest of the record.
    await sql`UPDATE auditable_areas SET impact = 5 WHERE id = 'area_lab'`.execute(ctx.db);
    const verdict = await verifyTrailAndRecords(services.trail);
    expect(verdict).toMatchObject({ intact: false });
    expect(verdict.intact ? [] : verdict.breaks).toContainEqual(
      expect.objectContaining({
        kind: 'record',
        record: { entityType: 'auditableArea', entityId: 'area_lab', entityVersion: 4 },
      }),
    );
  });
});
