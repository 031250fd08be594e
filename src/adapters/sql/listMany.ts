import { sql, type Kysely } from 'kysely';
import type { EntityName, EntityTypes } from '../../ports/entities';
import type { StoredRecord } from '../../ports/recordStore';
import { entityTable } from './entityTables';

/**
 * One `UNION ALL` over the entities' tables, each row tagged with its entity and read as (id,
 * version, who/when, body). A JSON-body table gives its body; a table of plain columns that
 * declares `packedColumns` gives them packed into a JSON text by `JSON_OBJECT`, unpacked here.
 */
export async function listManyEntities<K extends EntityName>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables are chosen at run time (see SqlTrailedStore)
  db: Kysely<any>,
  entities: readonly K[],
  toStored: <E extends K>(entity: E, row: Record<string, unknown>) => StoredRecord<EntityTypes[E]>,
): Promise<{ [E in K]: StoredRecord<EntityTypes[E]>[] }> {
  const result = Object.fromEntries(entities.map((entity) => [entity, []])) as unknown as {
    [E in K]: StoredRecord<EntityTypes[E]>[];
  };
  const unique = [...new Set(entities)];
  if (unique.length === 0) return result;
  const selects = unique.map((entity) => {
    const { table, isBody, packedColumns } = entityTable(entity);
    const tag = sql`SELECT ${sql.lit(entity)} AS entity, id, version, updated_at, updated_by`;
    if (isBody) return sql`${tag}, body FROM ${sql.table(table)}`;
    if (!packedColumns) throw new Error(`listMany: ${entity} has neither a JSON body nor packed columns`);
    const pairs = packedColumns.map((column) => sql`${sql.lit(column)}, ${sql.ref(column)}`);
    return sql`${tag}, CAST(JSON_OBJECT(${sql.join(pairs)}) AS CHAR) AS body FROM ${sql.table(table)}`;
  });
  const query = sql<Record<string, unknown>>`${sql.join(selects, sql` UNION ALL `)} ORDER BY entity, id`;
  const { rows } = await query.execute(db);
  for (const row of rows) {
    const entity = String(row.entity) as K;
    const packed = entityTable(entity).isBody ? row : { ...row, ...(JSON.parse(String(row.body)) as object) };
    (result[entity] as StoredRecord<unknown>[]).push(toStored(entity, packed));
  }
  return result;
}
