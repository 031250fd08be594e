import { canonicalJson } from './canonicalJson';
import { applyDelta, diffRecords, isStoredDelta, recordDigest, type StoredDelta } from './trailDelta';
import type { StoredValues, TrailAction, TrailEntry } from './trailEntry';

/**
 * Every this many versions an update stores the whole record again, so rebuilding any version
 * reads at most this many entries of its record.
 */
export const FULL_EVERY = 32;

/**
 * What a new entry stores of the record's values, or undefined to store them whole (a create).
 * An update or delete never stores `before`: it is the `after` of the record's previous version,
 * which the trail already holds. An update stores `after` as the changes from `before` with a
 * digest of the result, unless its version starts a run of FULL_EVERY or the changes would take
 * as much room as the record.
 */
export function storedValuesOf(
  action: TrailAction,
  entityVersion: number,
  before: unknown,
  after: unknown,
): StoredValues | undefined {
  if (action === 'create') return undefined;
  if (action === 'delete') return { before: null, after: null };
  if (entityVersion % FULL_EVERY === 1) return { before: null, after };
  const delta: StoredDelta = { $d: diffRecords(before, after), $h: recordDigest(after) };
  return canonicalJson(delta).length < canonicalJson(after).length
    ? { before: null, after: delta }
    : { before: null, after };
}

/**
 * How an entry read back from storage looks before its record's earlier entries are known: an
 * update or delete stored without `before` is compact (entries written before compaction always
 * stored both values whole, so they read exactly as they were written).
 */
export function entryAsStored<E extends TrailEntry>(entry: E): E {
  if (entry.action === 'create' || entry.before !== null) return entry;
  const stored = { before: null, after: entry.after };
  return { ...entry, stored, before: null, after: isStoredDelta(entry.after) ? null : entry.after };
}

/** A run of a record's versions to read so its compact entries can be rebuilt. */
export interface VersionRange {
  entityType: string;
  entityId: string;
  fromVersion: number;
  toVersion: number;
}

const recordKey = (e: { entityType: string; entityId: string }) => `${e.entityType}\u0000${e.entityId}`;

/**
 * The earlier versions these entries' compact members need and the entries do not hold: for each
 * compact entry whose previous version is missing, the FULL_EVERY versions before it (one of
 * which is stored whole), runs of one record merged.
 */
export function versionsToRebuild(entries: readonly TrailEntry[]): VersionRange[] {
  const held = new Set(entries.map((e) => `${recordKey(e)}\u0000${e.entityVersion}`));
  const byRecord = new Map<string, VersionRange[]>();
  const sorted = [...entries].sort((a, b) => a.entityVersion - b.entityVersion);
  for (const entry of sorted) {
    if (!entry.stored || held.has(`${recordKey(entry)}\u0000${entry.entityVersion - 1}`)) continue;
    const range = {
      entityType: entry.entityType,
      entityId: entry.entityId,
      fromVersion: Math.max(1, entry.entityVersion - FULL_EVERY),
      toVersion: entry.entityVersion - 1,
    };
    const runs = byRecord.get(recordKey(entry)) ?? [];
    const last = runs[runs.length - 1];
    if (last && range.fromVersion <= last.toVersion + 1) last.toVersion = Math.max(last.toVersion, range.toVersion);
    else runs.push(range);
    byRecord.set(recordKey(entry), runs);
  }
  return [...byRecord.values()].flat();
}

/**
 * The entries with every compact member rebuilt: `before` is the previous version's `after`, and
 * `after` that with the stored changes applied. `history` holds the earlier entries the rebuild
 * may need (versionsToRebuild). An entry whose previous version cannot be found (a trail damaged
 * outside the app) keeps `before` null and shows its stored changes as `after`, so nothing is
 * hidden; verification names the damage.
 */
export function rebuildEntries<E extends TrailEntry>(entries: readonly E[], history: readonly TrailEntry[] = []): E[] {
  const known = new Map<string, { version: number; after: unknown }>();
  const all = [...history, ...entries].sort((a, b) =>
    a.entityType === b.entityType
      ? a.entityId === b.entityId
        ? a.entityVersion - b.entityVersion
        : a.entityId < b.entityId
          ? -1
          : 1
      : a.entityType < b.entityType
        ? -1
        : 1,
  );
  const rebuilt = new Map<TrailEntry, TrailEntry>();
  for (const entry of all) {
    const key = recordKey(entry);
    const previous = known.get(key);
    let whole: TrailEntry = entry;
    if (entry.stored) {
      const base = previous?.version === entry.entityVersion - 1 ? previous : undefined;
      whole = base ? withValues(entry, base.after) : { ...entry, before: null, after: entry.stored.after };
      if (!base && isStoredDelta(entry.stored.after)) {
        known.delete(key);
        rebuilt.set(entry, whole);
        continue;
      }
    }
    known.set(key, { version: entry.entityVersion, after: whole.after });
    rebuilt.set(entry, whole);
  }
  return entries.map((entry) => rebuilt.get(entry) as E);
}

function withValues(entry: TrailEntry, before: unknown): TrailEntry {
  const stored = entry.stored!;
  if (entry.action === 'delete') return { ...entry, before, after: null };
  if (!isStoredDelta(stored.after)) return { ...entry, before, after: stored.after };
  try {
    return { ...entry, before, after: applyDelta(before, stored.after.$d) };
  } catch {
    return { ...entry, before, after: stored.after };
  }
}
