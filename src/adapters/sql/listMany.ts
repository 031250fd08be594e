import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { EntityName, EntityTypes } from '../../ports/entities';
import type { StoredRecord } from '../../ports/recordStore';
import { entityTable } from './entityTables';

/**
 * How much one statement's answer should carry. Forge SQL refuses an answer over 4 MiB and a query
 * over 16 MiB of memory; the review macros' goal is 1 MiB a statement. Half of that leaves room
 * for rows larger than the ones seen so far.
 */
export const listPageBytes = 512 * 1024;
/**
 * Rows of each entity in the first statement: enough for every entity of a small programme (so a
 * macro still reads it in ONE statement), few enough that several entities of large records stay
 * well under the answer limit together.
 */
export const listFirstRows = 32;
const pageRowsAtLeast = 16;
const pageRowsAtMost = 5000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables are chosen at run time (see SqlTrailedStore)
type AnyDb = Kysely<any>;
type Row = Record<string, unknown>;

/**
 * One entity's rows as (entity tag, id, version, who/when, body), in id order, after `afterId`,
 * at most `limit`. A JSON-body table gives its body; a table of plain columns that declares
 * `packedColumns` gives them packed into a JSON text by `JSON_OBJECT`, unpacked by the caller.
 */
function entityPage(entity: EntityName, afterId: string | null, limit: number): RawBuilder<Row> {
  const { table, isBody, packedColumns } = entityTable(entity);
  const tag = sql`SELECT ${sql.lit(entity)} AS entity, id, version, updated_at, updated_by`;
  let body: RawBuilder<unknown>;
  if (isBody) body = sql`body`;
  else if (packedColumns) {
    const pairs = packedColumns.map((column) => sql`${sql.lit(column)}, ${sql.ref(column)}`);
    body = sql`CAST(JSON_OBJECT(${sql.join(pairs)}) AS CHAR) AS body`;
  } else throw new Error(`listMany: ${entity} has neither a JSON body nor packed columns`);
  const after = afterId === null ? sql`` : sql` WHERE id > ${afterId}`;
  // Wrapped as a derived table, so each entity's ORDER BY and LIMIT hold inside a UNION ALL.
  return sql<Row>`SELECT * FROM (${tag}, ${body} FROM ${sql.table(table)}${after} ORDER BY id LIMIT ${sql.lit(limit)}) AS ${sql.ref(`page_${table}`)}`;
}

/**
 * A row's share of the answer as the app receives it (JSON): the body is a JSON text inside a JSON
 * string, so its quotes come escaped (about a fifth more), plus the row's id, version and stamps.
 */
const rowBytes = (row: Row) => Math.ceil(String(row.body ?? '').length * 1.2) + String(row.id ?? '').length + 120;

/** The rows of the next page of an entity: sized from the rows seen so far to about `listPageBytes`. */
function nextPageRows(seenRows: number, seenBytes: number): number {
  const perRow = Math.max(1, seenBytes / Math.max(1, seenRows));
  return Math.min(pageRowsAtMost, Math.max(pageRowsAtLeast, Math.floor(listPageBytes / perRow)));
}

/**
 * Reads on after `rows`, the answer of a first statement that asked for at most `firstLimit` rows
 * in id order: while a page comes back full there may be more behind it, so the next page asks for
 * the rows after the last id (keyset, so no row is read twice or skipped), as many as fit about
 * `listPageBytes` by the size of the rows seen so far. A short page was the last. Gives `rows`,
 * grown in place.
 */
export async function readOnInPages(
  rows: Row[],
  firstLimit: number,
  pageAfter: (afterId: string, limit: number) => Promise<Row[]>,
  sizeOf: (row: Row) => number = rowBytes,
): Promise<Row[]> {
  let page = rows.length;
  let limit = firstLimit;
  let bytes = rows.reduce((sum, row) => sum + sizeOf(row), 0);
  while (page === limit) {
    limit = nextPageRows(rows.length, bytes);
    const next = await pageAfter(String(rows.at(-1)!.id), limit);
    page = next.length;
    for (const row of next) {
      rows.push(row);
      bytes += sizeOf(row);
    }
  }
  return rows;
}

/**
 * Every record of several entities, each entity's in id order. The first statement is one `UNION
 * ALL` over the entities, `listFirstRows` of each: a small programme's macro reads everything it
 * needs in it. An entity with more rows goes on by id (keyset pages, so no row is read twice or
 * skipped), each page sized from its rows so far to about `listPageBytes`: however many findings a
 * programme holds, no answer comes near Forge SQL's limits. The pages are separate statements (Forge
 * SQL has no read transaction): a record written meanwhile may or may not be in the answer, as with
 * any two reads; the review macros read the trail head first, so such an answer is never kept as
 * current (see getMacroData).
 */
export async function listManyEntities<K extends EntityName>(
  db: AnyDb,
  entities: readonly K[],
  toStored: <E extends K>(entity: E, row: Row) => StoredRecord<EntityTypes[E]>,
): Promise<{ [E in K]: StoredRecord<EntityTypes[E]>[] }> {
  const result = Object.fromEntries(entities.map((entity) => [entity, []])) as unknown as {
    [E in K]: StoredRecord<EntityTypes[E]>[];
  };
  const unique = [...new Set(entities)];
  if (unique.length === 0) return result;
  const pages = unique.map((entity) => entityPage(entity, null, listFirstRows));
  const first = await sql<Row>`${sql.join(pages, sql` UNION ALL `)} ORDER BY entity, id`.execute(db);
  const rowsOf = new Map<K, Row[]>(unique.map((entity) => [entity, []]));
  for (const row of first.rows) rowsOf.get(String(row.entity) as K)?.push(row);
  for (const entity of unique) {
    const rows = await readOnInPages(rowsOf.get(entity)!, listFirstRows, async (afterId, limit) => {
      return (await entityPage(entity, afterId, limit).execute(db)).rows;
    });
    const packed = !entityTable(entity).isBody;
    for (const row of rows) {
      const unpacked = packed ? { ...row, ...(JSON.parse(String(row.body)) as object) } : row;
      (result[entity] as StoredRecord<unknown>[]).push(toStored(entity, unpacked));
    }
  }
  return result;
}
