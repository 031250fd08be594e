import type { Kysely } from 'kysely';
import type { Database } from './database';
import { isUniqueViolation } from './engineErrors';

/** A small value the store keeps about itself (e.g. where the repair sweep may start). */
export async function readStoreMeta(db: Kysely<Database>, key: string): Promise<string | null> {
  const row = await db.selectFrom('store_meta').select('meta_value').where('meta_key', '=', key).executeTakeFirst();
  return row ? row.meta_value : null;
}

/** Update, or insert when absent (Forge SQL has no upsert common to every engine we run on). */
export async function writeStoreMeta(db: Kysely<Database>, key: string, value: string): Promise<void> {
  const updated = await db
    .updateTable('store_meta')
    .set({ meta_value: value })
    .where('meta_key', '=', key)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) > 0) return;
  try {
    await db.insertInto('store_meta').values({ meta_key: key, meta_value: value }).execute();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}
