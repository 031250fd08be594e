import { sql, type Kysely } from 'kysely';

/**
 * The record types the trail entries of a range of sequence numbers changed, each once: what a
 * cached figure needs to know to decide whether it still holds. One statement over the trail's
 * primary key (the range), answering at most one short row per record type whatever the number of
 * entries, so a figure computed hours of changes ago is judged as cheaply as one computed just now.
 */
export async function entityTypesChangedIn(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the trail table is chosen at run time (see SqlTrailedStore)
  rows: Kysely<any>,
  range: { afterSeq: number; throughSeq: number },
): Promise<string[]> {
  if (range.throughSeq <= range.afterSeq) return [];
  const { rows: found } = await sql<{ entity_type: unknown }>`SELECT DISTINCT entity_type FROM audit_trail
    WHERE seq > ${range.afterSeq} AND seq <= ${range.throughSeq}`.execute(rows);
  return found.map((row) => String(row.entity_type)).sort();
}
