import type { Kysely } from 'kysely';
import { GENESIS_HASH, PREV_HASH_NOT_STORED, type TrailEntry } from '../../domain/trail/trailEntry';
import type { Database } from './database';

/**
 * The entries with each one's previous hash shown, for people (the trail view, CSV and JSON
 * exports): an entry that does not store it takes it from the entry before, from the same page
 * when it is there, else from one read of those hashes. An entry whose predecessor is gone keeps
 * it empty, as stored: verification names the gap.
 */
export async function withPreviousHashes(db: Kysely<Database>, entries: TrailEntry[]): Promise<TrailEntry[]> {
  const hashBySeq = new Map<number, string>([[0, GENESIS_HASH]]);
  for (const entry of entries) hashBySeq.set(entry.seq, entry.hash);
  const missing = entries
    .filter((entry) => entry.prevHash === PREV_HASH_NOT_STORED && !hashBySeq.has(entry.seq - 1))
    .map((entry) => entry.seq - 1);
  if (missing.length > 0) {
    const rows = await db.selectFrom('audit_trail').select(['seq', 'hash']).where('seq', 'in', missing).execute();
    for (const row of rows) hashBySeq.set(Number(row.seq), String(row.hash));
  }
  return entries.map((entry) =>
    entry.prevHash === PREV_HASH_NOT_STORED
      ? { ...entry, prevHash: hashBySeq.get(entry.seq - 1) ?? PREV_HASH_NOT_STORED }
      : entry,
  );
}
