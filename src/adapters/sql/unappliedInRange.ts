import { sql, type Kysely } from 'kysely';
import type { UnappliedEntry } from '../../domain/trail/unappliedEntries';
import { entityNames, isEntityName } from '../../ports/entities';
import { entityTable } from './entityTables';

/**
 * Within one range of sequence numbers, every record's newest trail entry that its row does not
 * show: a create or update whose version the row lacks, or a delete whose row is still there. One
 * statement per range, whatever the record type (each type's table is probed only for its own
 * entries), so verification walks a long trail range by range instead of in one scan that a
 * platform time limit could cut short. The few entries found then have their row version read.
 */
export async function unappliedEntriesIn(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables are chosen at run time (see SqlTrailedStore)
  rows: Kysely<any>,
  range: { afterSeq: number; throughSeq: number },
): Promise<UnappliedEntry[]> {
  const rowOf = (withVersion: boolean) =>
    sql.join(
      entityNames.map((entity) => {
        const version = withVersion ? sql` AND r.version = t.entity_version` : sql``;
        return sql`(t.entity_type = ${sql.lit(entity)} AND EXISTS (SELECT 1 FROM ${sql.table(entityTable(entity).table)} r WHERE r.id = t.entity_id${version}))`;
      }),
      sql` OR `,
    );
  const { rows: found } = await sql<{
    seq: unknown;
    entity_type: unknown;
    entity_id: unknown;
    entity_version: unknown;
    action: unknown;
  }>`SELECT t.seq, t.entity_type, t.entity_id, t.entity_version, t.action FROM audit_trail t
    WHERE t.seq > ${range.afterSeq} AND t.seq <= ${range.throughSeq}
      AND NOT EXISTS (SELECT 1 FROM audit_trail later WHERE later.entity_type = t.entity_type
        AND later.entity_id = t.entity_id AND later.entity_version > t.entity_version)
      AND ((t.action = 'delete' AND (${rowOf(false)})) OR (t.action <> 'delete' AND NOT (${rowOf(true)})))
    ORDER BY t.seq`.execute(rows);
  const entries: UnappliedEntry[] = [];
  for (const row of found) {
    const entityType = String(row.entity_type);
    const entityId = String(row.entity_id);
    entries.push({
      seq: Number(row.seq),
      entityType,
      entityId,
      entityVersion: Number(row.entity_version),
      action: String(row.action),
      rowVersion: await rowVersion(rows, entityType, entityId),
    });
  }
  return entries;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables are chosen at run time (see SqlTrailedStore)
async function rowVersion(rows: Kysely<any>, entityType: string, entityId: string): Promise<number | null> {
  if (!isEntityName(entityType)) return null;
  const row = (await rows
    .selectFrom(entityTable(entityType).table)
    .select('version')
    .where('id', '=', entityId)
    .executeTakeFirst()) as { version: unknown } | undefined;
  return row ? Number(row.version) : null;
}
