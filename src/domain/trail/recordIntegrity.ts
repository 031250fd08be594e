import { canonicalJson } from './canonicalJson';
import { recordDigest } from './trailDelta';
import type { TrailBreak } from './verifyTrail';

/**
 * One stored record read beside the trail entry for its version (the trail's unique
 * entity/id/version key), for verification: what the row holds and what the trail says it should.
 */
export interface RecordBesideTrail {
  entityType: string;
  entityId: string;
  version: number;
  updatedAt: string;
  updatedBy: string;
  /** The row read as a record, or why it cannot be (a row changed outside the app may not parse). */
  content: { readable: true; record: unknown } | { readable: false; problem: string };
  /** The trail entry that produced this version, or null when the trail has none. */
  entry: {
    seq: number;
    action: string;
    at: string;
    actor: string;
    after: unknown;
    /** A compact entry's digest of the whole record after it (then `after` is not read). */
    afterDigest?: string;
  } | null;
}

/**
 * Whether a stored record is exactly what the trail recorded for its version: the same content
 * (compared as canonical JSON, so column order and engine number formats do not matter), written
 * by the same person at the same time. A row changed in the database directly keeps its version
 * number, so its content no longer matches the trail's `after` for that version.
 */
export function recordBreak(found: RecordBesideTrail): TrailBreak | null {
  const { entityType, entityId, version, entry } = found;
  const which = `${entityType} ${entityId} version ${version}`;
  const at = (seq: number, message: string): TrailBreak => ({
    seq,
    kind: 'record',
    message,
    record: { entityType, entityId, entityVersion: version },
  });
  if (!entry) return at(0, `Record ${which} has no trail entry: it was written outside the app`);
  if (entry.action === 'delete') {
    return at(entry.seq, `Record ${which} is stored, but trail entry ${entry.seq} recorded its deletion`);
  }
  if (!found.content.readable) {
    return at(entry.seq, `Record ${which} was changed outside the app: ${found.content.problem}`);
  }
  const same =
    entry.afterDigest !== undefined
      ? recordDigest(found.content.record) === entry.afterDigest
      : canonicalJson(found.content.record) === canonicalJson(entry.after);
  if (!same) {
    return at(entry.seq, `Record ${which} was changed outside the app: it differs from trail entry ${entry.seq}`);
  }
  if (found.updatedBy !== entry.actor || found.updatedAt !== entry.at) {
    return at(
      entry.seq,
      `Record ${which} was changed outside the app: who changed it and when differ from trail entry ${entry.seq}`,
    );
  }
  return null;
}
