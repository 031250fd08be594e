import { canonicalJson } from '../../domain/trail/canonicalJson';
import { entryAsStored } from '../../domain/trail/trailCompaction';
import { PREV_HASH_NOT_STORED, TrailAction, type TrailEntry } from '../../domain/trail/trailEntry';
import type { AuditTrailTable } from './database';

const parseJson = (text: string | null): unknown => (text === null ? null : (JSON.parse(text) as unknown));

/**
 * The row as stored: a compact entry's stored values (see trailCompaction.ts), else its values
 * whole, and no copy of the previous hash: the entry before stores it (64 bytes an entry saved).
 */
export function trailEntryToRow(entry: TrailEntry): AuditTrailTable {
  const values = entry.stored ?? entry;
  return {
    seq: entry.seq,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    entity_version: entry.entityVersion,
    before_json: values.before === null ? null : canonicalJson(values.before),
    after_json: values.after === null ? null : canonicalJson(values.after),
    reason: entry.reason,
    prev_hash: PREV_HASH_NOT_STORED,
    hash: entry.hash,
  };
}

/**
 * Rows come back exactly as stored; numbers are coerced because engines differ (a MySQL BIGINT may
 * arrive as a string). An unknown action is kept out of the type but not "repaired": verification
 * will flag the entry, which is the point. A compact entry comes back with its stored values in
 * `stored` and its whole values still to be rebuilt (trailCompaction.rebuildEntries), and its previous
 * hash as stored: empty for entries that do not repeat it.
 */
export function rowToTrailEntry(row: AuditTrailTable): TrailEntry {
  const action = TrailAction.safeParse(row.action);
  return entryAsStored({
    seq: Number(row.seq),
    at: String(row.at),
    actor: String(row.actor),
    action: action.success ? action.data : (row.action as TrailAction),
    entityType: String(row.entity_type),
    entityId: String(row.entity_id),
    entityVersion: Number(row.entity_version),
    before: parseJson(row.before_json),
    after: parseJson(row.after_json),
    reason: row.reason === null ? null : String(row.reason),
    prevHash: String(row.prev_hash),
    hash: String(row.hash),
  });
}
