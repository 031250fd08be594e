import type { Kysely } from 'kysely';
import type { RecordBesideTrail } from '../../domain/trail/recordIntegrity';
import { isStoredDelta, recordDigest } from '../../domain/trail/trailDelta';
import type { Database } from './database';
import { withWholeValues } from './trailHistory';
import { rowToTrailEntry } from './trailRows';
import type { RecordCursor } from '../../ports/auditTrail';
import { entityNames, type EntityName } from '../../ports/entities';
import { entityTable, isEntityName } from './entityTables';

/**
 * One page of one record table, each row LEFT JOINed to the trail entry for its version on the
 * trail's unique (entity_type, entity_id, entity_version) key: one indexed read per page on every
 * engine (SQLite, MariaDB, TiDB). Tables are walked in the fixed order of `entityNames`, ids in
 * ascending order; a short page moves the cursor to the next table.
 */
export async function readRecordsBesideTrail(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables are chosen at run time (see SqlTrailedStore)
  rows: Kysely<any>,
  after: RecordCursor | null,
  limit: number,
): Promise<{ records: RecordBesideTrail[]; next: RecordCursor | null }> {
  const index = after ? (entityNames as readonly string[]).indexOf(after.entityType) : 0;
  const entity = entityNames[index];
  if (!entity) return { records: [], next: null };
  const afterId = after?.entityId ?? '';
  const found = await besideTrailQuery(rows, entity).where('r.id', '>', afterId).orderBy('r.id').limit(limit).execute();
  const records = await withDigestsSettled(
    rows,
    found.map((row) => besideTrail(entity, row)),
  );
  const following = entityNames[index + 1];
  const next =
    found.length === limit
      ? { entityType: entity, entityId: String(found[found.length - 1]!.id) }
      : following
        ? { entityType: following, entityId: '' }
        : null;
  return { records, next };
}

/** One record beside its trail entry (what a record's signatures are checked against). */
export async function readRecordBesideTrail(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables are chosen at run time (see SqlTrailedStore)
  rows: Kysely<any>,
  entity: EntityName,
  id: string,
): Promise<RecordBesideTrail | null> {
  const row = await besideTrailQuery(rows, entity).where('r.id', '=', id).executeTakeFirst();
  return row ? ((await withDigestsSettled(rows, [besideTrail(entity, row)]))[0] ?? null) : null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables are chosen at run time (see SqlTrailedStore)
function besideTrailQuery(rows: Kysely<any>, entity: EntityName) {
  return rows
    .selectFrom(`${entityTable(entity).table} as r`)
    .leftJoin('audit_trail as t', (join) =>
      join
        .on('t.entity_type', '=', entity)
        .onRef('t.entity_id', '=', 'r.id')
        .onRef('t.entity_version', '=', 'r.version'),
    )
    .selectAll('r')
    .select([
      't.seq as trail_seq',
      't.action as trail_action',
      't.at as trail_at',
      't.actor as trail_actor',
      't.after_json as trail_after',
    ]);
}

function besideTrail(entity: EntityName, row: Record<string, unknown>): RecordBesideTrail {
  return {
    entityType: entity,
    entityId: String(row.id),
    version: Number(row.version),
    updatedAt: String(row.updated_at),
    updatedBy: String(row.updated_by),
    content: readContent(entity, row),
    entry:
      row.trail_seq === null || row.trail_seq === undefined
        ? null
        : {
            seq: Number(row.trail_seq),
            action: String(row.trail_action),
            at: String(row.trail_at),
            actor: String(row.trail_actor),
            ...trailAfter(entity, tolerantJson(row.trail_after)),
          },
  };
}

/**
 * The record the entry says its version is: whole, or (a compact update) the digest of it, which
 * is all the check needs, so no earlier entries are read.
 */
function trailAfter(entity: EntityName, after: unknown): { after: unknown; afterDigest?: string } {
  return isStoredDelta(after) ? { after: null, afterDigest: after.$h } : { after: asRecordToday(entity, after) };
}

/** The row as its record type, or why not: a row edited by hand may not even parse. */
function readContent(entity: EntityName, row: Record<string, unknown>): RecordBesideTrail['content'] {
  const table = entityTable(entity);
  try {
    const parsed = table.schema.safeParse(table.fromColumns(row));
    if (parsed.success) return { readable: true, record: parsed.data };
    return { readable: false, problem: `it no longer matches its record type (${parsed.error.issues[0]?.message})` };
  } catch {
    return { readable: false, problem: 'its stored content cannot be read' };
  }
}

/**
 * The trail's values read through today's schema, as the row is: a member added later with a
 * default then appears on both sides, so old records are not mistaken for changed ones.
 */
function asRecordToday(entity: EntityName, after: unknown): unknown {
  const parsed = entityTable(entity).schema.safeParse(after);
  return parsed.success ? parsed.data : after;
}

function tolerantJson(text: unknown): unknown {
  if (text === null || text === undefined) return null;
  try {
    return JSON.parse(String(text)) as unknown;
  } catch {
    return String(text);
  }
}

/**
 * A record whose content does not match its compact entry's digest is read once more against the
 * entry's whole value, rebuilt and read through today's schema as above: a member added to the
 * record type since (with a default) then shows on both sides instead of as a change. Only such
 * records cost the extra reads; a record really changed outside the app still differs.
 */
async function withDigestsSettled(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables are chosen at run time (see SqlTrailedStore)
  rows: Kysely<any>,
  records: RecordBesideTrail[],
): Promise<RecordBesideTrail[]> {
  const settled: RecordBesideTrail[] = [];
  for (const record of records) {
    const { entry, content } = record;
    if (!entry?.afterDigest || !content.readable || recordDigest(content.record) === entry.afterDigest) {
      settled.push(record);
      continue;
    }
    const db = rows as unknown as Kysely<Database>;
    const stored = await db.selectFrom('audit_trail').selectAll().where('seq', '=', entry.seq).executeTakeFirst();
    const [whole] = stored ? await withWholeValues(db, [rowToTrailEntry(stored)]) : [];
    const entity = record.entityType;
    const { afterDigest: _digest, ...byValue } = entry;
    settled.push(
      whole && isEntityName(entity)
        ? { ...record, entry: { ...byValue, after: asRecordToday(entity, whole.after) } }
        : record,
    );
  }
  return settled;
}
