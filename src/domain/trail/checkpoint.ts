import { z } from 'zod';
import { EMPTY_LIVE_RECORDS } from './liveRecords';
import { GENESIS_HASH } from './trailEntry';
import type { TrailVerdict } from './verifyTrail';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * How far the trail has been proven, kept outside SQL (Forge KVS) where someone who can change the
 * database cannot follow. The chain up to `seq` verified, ending in `hash`; the records the trail
 * held live at that point fingerprinted as `liveRecords`. The next verification then starts here
 * and checks only what was written since, plus the checkpoint's own entry (its hash is pinned, so
 * a chain rewritten and recomputed up to it shows). An entry before the checkpoint altered in place
 * without recomputing hashes is caught by the full re-verification, which re-hashes everything
 * from entry 1 and is recorded as `fullyVerifiedAt`.
 */
export const TrailCheckpoint = z.object({
  seq: z.number().int().min(0),
  hash: hex64,
  liveRecords: hex64,
  verifiedAt: z.string(),
  /** When every entry from 1 was last re-hashed, up to this checkpoint or one before it; null: never. */
  fullyVerifiedAt: z.string().nullable(),
});
export type TrailCheckpoint = z.infer<typeof TrailCheckpoint>;

/** Nothing proven yet: a walk from here re-hashes the whole trail. */
export const noCheckpoint: TrailCheckpoint = {
  seq: 0,
  hash: GENESIS_HASH,
  liveRecords: EMPTY_LIVE_RECORDS,
  verifiedAt: '',
  fullyVerifiedAt: null,
};

/**
 * Which checkpoint to keep when a new one is proven: the one further along (racing verifications
 * finish in any order). A full re-verification that finished behind a later checkpoint still
 * counts for it: the later one was proven from a checkpoint on the same chain, so the chain up to it
 * has been re-hashed from entry 1 at least as recently as that full run.
 */
export function laterOf(kept: TrailCheckpoint | null, proven: TrailCheckpoint): TrailCheckpoint {
  if (!kept || kept.seq <= proven.seq) return proven;
  const fully = [kept.fullyVerifiedAt, proven.fullyVerifiedAt].filter((at): at is string => at !== null).sort();
  return { ...kept, fullyVerifiedAt: fully[fully.length - 1] ?? null };
}

/** Where a verdict started: the checkpoint it resumed from (seq 0: the whole trail was re-hashed). */
export interface VerifiedSince {
  seq: number;
  verifiedAt: string | null;
  /** When every entry from 1 was last re-hashed (the full re-verification job); null: never. */
  fullyVerifiedAt: string | null;
}

export type CheckpointedVerdict = TrailVerdict & { since: VerifiedSince };
