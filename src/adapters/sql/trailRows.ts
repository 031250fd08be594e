import { canonicalJson } from '../../domain/trail/canonicalJson';
import { TrailAction, type TrailEntry } from '../../domain/trail/trailEntry';
import type { AuditTrailTable } from './database';

const parseJson = (text: string | null): unknown => (text === null ? null : (JSON.parse(text) as unknown));

export function trailEntryToRow(entry: TrailEntry): AuditTrailTable {
  return {
    seq: entry.seq,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    entity_version: entry.entityVersion,
    before_json: entry.before === null ? null : canonicalJson(entry.before),
    after_json: entry.after === null ? null : canonicalJson(entry.after),
    reason: entry.reason,
    prev_hash: entry.prevHash,
    hash: entry.hash,
  };
}

/**
 * Rows come back exactly as stored; numbers are coerced because engines differ (a MySQL BIGINT may
 * arrive as a string). An unknown action is kept out of the type but not "repaired": verification
 * will flag the entry, which is the point.
 */
export function rowToTrailEntry(row: AuditTrailTable): TrailEntry {
  const action = TrailAction.safeParse(row.action);
  return {
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
  };
}
