import type { Kysely } from 'kysely';
import { listPageBytes, readOnInPages } from './listMany';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables are chosen at run time (see SqlTrailedStore)
type AnyDb = Kysely<any>;
type Row = Record<string, unknown>;

/**
 * Rows in the first statement of a one-table read. It reads one entity, not several at once as
 * listMany's first statement does, so it takes twice listMany's share: a table of fewer rows (an
 * audit's findings, a small programme's audits) is read in ONE statement, and 64 findings at their
 * largest (three statements of 5,000 characters) still come to about 1 MiB of answer.
 */
export const tableFirstRows = 64;

/**
 * A row's share of the answer as the app receives it: its JSON form (a JSON body stored as text
 * comes with its quotes escaped, as the engine's answer carries it). A big integer counts as its
 * digits.
 */
const rowJsonBytes = (row: Row) =>
  Buffer.byteLength(JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value)));

/**
 * Every row of one table, or of the rows whose `filter.column` equals `filter.value`, in id order,
 * read in pages as listMany reads each entity (see readOnInPages): a table of fewer than
 * `tableFirstRows` rows is still ONE statement, a large one is read by id in pages of about half a
 * MiB, so no answer comes near Forge SQL's 4 MiB however large the table grows. The pages are
 * separate statements (Forge SQL has no read transaction): a row written meanwhile may or may not
 * be in the answer, as with any two reads.
 */
export async function readTableInPages(
  db: AnyDb,
  table: string,
  filter?: { column: string; value: string | readonly string[] },
): Promise<Row[]> {
  const page = (afterId: string | null, limit: number) => readPage(db, table, afterId, limit, filter);
  return readOnInPages(await page(null, tableFirstRows), tableFirstRows, page, rowJsonBytes);
}

/**
 * At most `maxRows` rows of one table in id order after `afterId`, in pages of about `listPageBytes`
 * as readTableInPages reads: a bounded part of a large table (a job that walks it over several
 * runs), however large its rows, with no answer near Forge SQL's 4 MiB.
 */
export async function readTableAfter(
  db: AnyDb,
  table: string,
  afterId: string | null,
  maxRows: number,
): Promise<Row[]> {
  const rows: Row[] = [];
  let bytes = 0;
  let limit = Math.min(tableFirstRows, maxRows);
  let cursor = afterId;
  while (limit > 0) {
    const page = await readPage(db, table, cursor, limit);
    for (const row of page) {
      rows.push(row);
      bytes += rowJsonBytes(row);
    }
    if (page.length < limit) break;
    cursor = String(rows.at(-1)!.id);
    const perRow = Math.max(1, bytes / rows.length);
    limit = Math.min(maxRows - rows.length, Math.max(16, Math.floor(listPageBytes / perRow)));
  }
  return rows;
}

async function readPage(
  db: AnyDb,
  table: string,
  afterId: string | null,
  limit: number,
  filter?: { column: string; value: string | readonly string[] },
): Promise<Row[]> {
  let query = db.selectFrom(table).selectAll();
  if (filter) {
    query =
      typeof filter.value === 'string'
        ? query.where(filter.column, '=', filter.value)
        : query.where(filter.column, 'in', [...filter.value]);
  }
  if (afterId !== null) query = query.where('id', '>', afterId);
  return (await query.orderBy('id').limit(limit).execute()) as Row[];
}
