import type { Kysely } from 'kysely';
import { readOnInPages } from './listMany';

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
  filter?: { column: string; value: string },
): Promise<Row[]> {
  const page = async (afterId: string | null, limit: number): Promise<Row[]> => {
    let query = db.selectFrom(table).selectAll();
    if (filter) query = query.where(filter.column, '=', filter.value);
    if (afterId !== null) query = query.where('id', '>', afterId);
    return (await query.orderBy('id').limit(limit).execute()) as Row[];
  };
  return readOnInPages(await page(null, tableFirstRows), tableFirstRows, page, rowJsonBytes);
}
