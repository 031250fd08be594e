import type { TrailBreak } from './verifyTrail';

/** A record's newest trail entry that the stored row does not show. */
export interface UnappliedEntry {
  seq: number;
  entityType: string;
  entityId: string;
  entityVersion: number;
  action: string;
  /** The row's version, or null when there is no row. */
  rowVersion: number | null;
}

/**
 * A write claims its trail entry before it changes the row, so for a moment (or, after a crash,
 * until the repair sweep) the newest entry is one step ahead: a create with no row yet, an update
 * or delete with the row still one version behind. That is a write in progress, not damage —
 * unless the repair sweep has already completed everything up to `appliedThrough`. Any other
 * difference (a row missing under an update, a row set back further) was made outside the app.
 */
export function unappliedBreak(entry: UnappliedEntry, appliedThrough: number): TrailBreak | null {
  const { seq, entityType, entityId, entityVersion, action, rowVersion } = entry;
  // A row ahead of its trail has no entry for its version: the record check names it.
  if (rowVersion !== null && rowVersion > entityVersion) return null;
  const inProgress = action === 'create' ? rowVersion === null : rowVersion === entityVersion - 1;
  if (inProgress && seq > appliedThrough) return null;
  const which = `Record ${entityType} ${entityId}`;
  const record = { entityType, entityId, entityVersion };
  if (action === 'delete') {
    return {
      seq,
      kind: 'record',
      record,
      message: `${which} is still stored at version ${rowVersion}, but trail entry ${seq} deleted it: it was put back outside the app`,
    };
  }
  if (rowVersion === null) {
    return {
      seq,
      kind: 'record',
      record,
      message: `${which} is missing from the store, but trail entry ${seq} recorded version ${entityVersion}: it was deleted outside the app`,
    };
  }
  return {
    seq,
    kind: 'record',
    record,
    message: `${which} is stored at version ${rowVersion}, but trail entry ${seq} recorded version ${entityVersion}: it was set back outside the app`,
  };
}
