import { sql, type Kysely, type SqlBool } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables are chosen at run time (see SqlTrailedStore)
type AnyDb = Kysely<any>;
type Row = Record<string, unknown>;

/** Values per grouped count: a few hundred keep the statement far under Forge SQL's 1 MiB request. */
const COUNT_VALUES = 500;
/** Values per member read: each is a LIKE of its own, so a few dozen keep the statement short. */
const MEMBER_VALUES = 50;

/**
 * How many rows have each value in `column`, counted by the database (GROUP BY on the column's
 * index): the answer is one small row per value found, however many rows each counts.
 */
export async function countRowsBy(
  db: AnyDb,
  table: string,
  column: string,
  values: readonly string[],
): Promise<Map<string, number>> {
  const unique = [...new Set(values)];
  const counts = new Map<string, number>();
  for (let i = 0; i < unique.length; i += COUNT_VALUES) {
    const rows = (await db
      .selectFrom(table)
      .select((eb) => [eb.ref(column).as('value'), eb.fn.countAll().as('n')])
      .where(column, 'in', unique.slice(i, i + COUNT_VALUES))
      .groupBy(column)
      .execute()) as Array<{ value: unknown; n: unknown }>;
    for (const row of rows) counts.set(String(row.value), Number(row.n));
  }
  return counts;
}

/** `text` as a LIKE pattern that matches itself only (`!` escapes, as the statement declares). */
const literally = (text: string) => text.replace(/[!%_]/g, (c) => `!${c}`);

/**
 * The rows whose JSON body holds any of `values` as a string (`"value"`), in id order: a superset of
 * the records whose list member holds one (the id may also stand elsewhere in a body), which the
 * caller narrows on the parsed record. The database compares the bodies (no index can: the list
 * lives inside the JSON, and MySQL's, MariaDB's and SQLite's ways to index into JSON differ), so
 * what comes back is the matching rows alone, not the table.
 */
export async function readRowsHolding(db: AnyDb, table: string, values: readonly string[]): Promise<Row[]> {
  const unique = [...new Set(values)];
  const found = new Map<string, Row>();
  for (let i = 0; i < unique.length; i += MEMBER_VALUES) {
    const patterns = unique.slice(i, i + MEMBER_VALUES).map((value) => `%${literally(JSON.stringify(value))}%`);
    const rows = (await db
      .selectFrom(table)
      .selectAll()
      .where((eb) => eb.or(patterns.map((pattern) => sql<SqlBool>`${sql.ref('body')} LIKE ${pattern} ESCAPE '!'`)))
      .execute()) as Row[];
    for (const row of rows) found.set(String(row.id), row);
  }
  return [...found.values()].sort((a, b) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0));
}
