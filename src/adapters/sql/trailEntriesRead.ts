import type { Kysely } from 'kysely';
import type { TrailEntry } from '../../domain/trail/trailEntry';
import type { TrailQuery } from '../../ports/auditTrail';
import type { Database } from './database';
import { withPreviousHashes } from './previousHashes';
import { withWholeValues } from './trailHistory';
import { rowToTrailEntry } from './trailRows';

/**
 * Trail entries in sequence order, `afterSeq` exclusive, filtered as the query asks. Entries are
 * stored compact (an update's changes, no copy of the previous hash): a reader gets them whole,
 * rebuilt from the versions before and the entry before, unless it asks for them `asStored`, as
 * the chain verification does (it hashes what is stored).
 */
export async function readTrailEntries(db: Kysely<Database>, query: TrailQuery): Promise<TrailEntry[]> {
  let select = db
    .selectFrom('audit_trail')
    .selectAll()
    .where('seq', '>', query.afterSeq ?? 0);
  if (query.entityType) select = select.where('entity_type', '=', query.entityType);
  if (query.entityId) select = select.where('entity_id', '=', query.entityId);
  if (query.entityVersion !== undefined) select = select.where('entity_version', '=', query.entityVersion);
  if (query.entityVersions) {
    if (query.entityVersions.length === 0) return [];
    select = select.where('entity_version', 'in', [...query.entityVersions]);
  }
  if (query.actor) select = select.where('actor', '=', query.actor);
  if (query.action) select = select.where('action', '=', query.action);
  if (query.from) select = select.where('at', '>=', query.from);
  if (query.to) select = select.where('at', '<=', query.to);
  const rows = await select.orderBy('seq').limit(query.limit).execute();
  const entries = rows.map(rowToTrailEntry);
  return query.asStored ? entries : withPreviousHashes(db, await withWholeValues(db, entries));
}
