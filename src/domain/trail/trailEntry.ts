import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from './canonicalJson';

export const trailActions = ['create', 'update', 'delete'] as const;
export const TrailAction = z.enum(trailActions);
export type TrailAction = z.infer<typeof TrailAction>;

/** The hash that precedes the first entry: 64 zeros, so entry 1 is chained like every other. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * One audit-trail entry (21 CFR Part 11 §11.10(e), EU GMP Annex 11 §9): who did what to which
 * record, when, the values before and after, and why. `entityVersion` is the record version this
 * change produced; together with the entity it is unique, which is what lets the trail double as
 * the write-ahead log of the store (see adapters/sql/trailedStore.ts).
 */
export interface TrailEntryContent {
  seq: number;
  at: string;
  actor: string;
  action: TrailAction;
  entityType: string;
  entityId: string;
  entityVersion: number;
  before: unknown;
  after: unknown;
  reason: string | null;
  /**
   * Present when the entry is stored without repeating the record (see trailCompaction.ts): the
   * `before` and `after` as stored, which the hash covers. `before` and `after` above are then the
   * whole values, rebuilt from the record's earlier entries (or null where they could not be).
   */
  stored?: StoredValues;
}

/** What an entry stores of the record's values (the stored form of a compact entry). */
export interface StoredValues {
  before: unknown;
  after: unknown;
}

export interface TrailEntry extends TrailEntryContent {
  /**
   * The previous entry's hash, which this entry's hash covers. Entries written since compaction do
   * not store it (PREV_HASH_NOT_STORED): it is exactly the hash the entry before stores, so
   * verification takes it from there, and reads for people fill it in from that entry. Older
   * entries keep the copy they stored, and a copy that disagrees is still a broken link.
   */
  prevHash: string;
  hash: string;
}

/** The stored previous hash of an entry that does not repeat it (every entry written now). */
export const PREV_HASH_NOT_STORED = '';

/**
 * SHA-256 over the previous hash and the canonical JSON of the entry's content as stored: a compact
 * entry is hashed over its delta, so proving an entry never needs the record's earlier entries,
 * and an entry stored whole hashes exactly as it always has.
 */
export function hashTrailEntry(content: TrailEntryContent, prevHash: string): string {
  const values = content.stored ?? content;
  const body = canonicalJson({
    seq: content.seq,
    at: content.at,
    actor: content.actor,
    action: content.action,
    entityType: content.entityType,
    entityId: content.entityId,
    entityVersion: content.entityVersion,
    before: values.before ?? null,
    after: values.after ?? null,
    reason: content.reason ?? null,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

export function chainTrailEntry(content: TrailEntryContent, prevHash: string): TrailEntry {
  return { ...content, prevHash, hash: hashTrailEntry(content, prevHash) };
}
