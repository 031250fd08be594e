import { LiveRecordDigest } from '../../domain/trail/liveRecords';
import { recordBreak } from '../../domain/trail/recordIntegrity';
import { unappliedBreak } from '../../domain/trail/unappliedEntries';
import type { TrailBreak } from '../../domain/trail/verifyTrail';
import type { AuditTrail, RecordCursor } from '../../ports/auditTrail';

/** Trail entries per range when looking for records the store no longer shows as the trail does. */
const SEQ_RANGE = 10_000;
/** Records read per page when comparing the stored records with their trail. */
const RECORD_PAGE = 500;
/** Enough tampered records to name the damage; past this the verdict says there are more. */
const MAX_RECORD_BREAKS = 50;

/**
 * The stored records checked against the trail:
 *  - each stored row is exactly what the trail recorded for its version (one walk over the records,
 *    a page at a time, which also fingerprints the set of record versions stored);
 *  - every record the trail has written is in the store at its newest version. When the caller
 *    knows the fingerprint of the records the trail holds live (`expectedLive`, kept up to date from
 *    a checkpoint) and the stored set matches it, this is proven without reading the trail. Only
 *    when it differs — damage, or a write in progress — or is unknown, is the trail scanned range by
 *    range to name which records, telling a write in progress from one made outside the app.
 */
export async function recordsAgainstTrail(trail: AuditTrail, expectedLive: string | null): Promise<TrailBreak[]> {
  const stored = new LiveRecordDigest();
  const changed: TrailBreak[] = [];
  let cursor: RecordCursor | null = null;
  do {
    const page = await trail.recordsBesideTrail(cursor, RECORD_PAGE);
    for (const record of page.records) {
      stored.toggle(record.entityType, record.entityId, record.version);
      const found = recordBreak(record);
      if (found) changed.push(found);
    }
    cursor = page.next;
  } while (cursor && changed.length <= MAX_RECORD_BREAKS);
  const complete = cursor === null;
  const missing = complete && expectedLive !== null && stored.hex === expectedLive ? [] : await unappliedBreaks(trail);
  return capped([...missing, ...changed]);
}

/** Records the trail wrote that the store no longer shows as it recorded them (deleted, set back). */
async function unappliedBreaks(trail: AuditTrail): Promise<TrailBreak[]> {
  const found: TrailBreak[] = [];
  const head = await trail.headSeq();
  for (let afterSeq = 0; afterSeq < head && found.length <= MAX_RECORD_BREAKS; afterSeq += SEQ_RANGE) {
    const { entries, appliedThrough } = await trail.unappliedEntries({ afterSeq, throughSeq: afterSeq + SEQ_RANGE });
    found.push(...entries.flatMap((entry) => unappliedBreak(entry, appliedThrough) ?? []));
  }
  return found;
}

function capped(found: TrailBreak[]): TrailBreak[] {
  if (found.length <= MAX_RECORD_BREAKS) return found;
  return [
    ...found.slice(0, MAX_RECORD_BREAKS),
    { seq: 0, kind: 'record', message: `More than ${MAX_RECORD_BREAKS} records differ from their trail` },
  ];
}
