import {
  noCheckpoint,
  type CheckpointedVerdict,
  type TrailCheckpoint,
  type VerifiedSince,
} from '../../domain/trail/checkpoint';
import { LiveRecordDigest } from '../../domain/trail/liveRecords';
import { GENESIS_HASH, PREV_HASH_NOT_STORED, type TrailEntry } from '../../domain/trail/trailEntry';
import { chainStart, TrailVerifier, type PinnedHead } from '../../domain/trail/verifyTrail';
import type { AuditTrail } from '../../ports/auditTrail';
import type { TrailCheckpoints } from '../../ports/trailCheckpoints';
import { recordsAgainstTrail } from './recordsAgainstTrail';
import { trailEntries } from './trailPages';

/** The checkpoint's own hash, pinned: the entry under its number must still be that entry. */
export function pinsOf(checkpoint: TrailCheckpoint | null): PinnedHead[] {
  return checkpoint && checkpoint.seq > 0
    ? [{ seq: checkpoint.seq, hash: checkpoint.hash, verifiedAt: checkpoint.verifiedAt }]
    : [];
}

/**
 * Verification from the last checkpoint to the head: its cost follows what was written since the
 * last verification and how many records are stored, not how long the trail is.
 *  1. the checkpoint's own entry is read again and must hash to the checkpoint's hash (a chain
 *     rewritten and recomputed up to it shows here, as it does against the anchor);
 *  2. every entry after it is checked as the full walk would, and the records they made current
 *     are folded into the checkpoint's fingerprint of live records;
 *  3. every stored record is checked against its trail entry, and the stored set against that
 *     fingerprint (records.md, "Verification from a checkpoint");
 *  4. an intact verdict anchors the head and becomes the next checkpoint.
 * An entry before the checkpoint altered in place without recomputing hashes is beyond this check:
 * the full re-verification job (app/trail/verificationJob.ts) re-hashes every entry for that.
 */
export async function verifyFromCheckpoint(
  trail: AuditTrail,
  checkpoints: TrailCheckpoints,
  now: Date,
): Promise<CheckpointedVerdict> {
  const anchor = await trail.anchoredHead();
  const kept = await checkpoints.latest();
  const checkpoint = kept ?? noCheckpoint;
  // The checkpoint's entry and the one before it, whose hash the checkpoint's entry is chained from
  // (entries no longer store it themselves): one read of two rows.
  const read =
    checkpoint.seq > 0
      ? await trail.entries({ afterSeq: Math.max(0, checkpoint.seq - 2), limit: 2, asStored: true })
      : [];
  const pinned = read.find((entry) => entry.seq === checkpoint.seq);
  const linkedFrom = pinned ? chainedFrom(pinned, read) : null;
  // Resume just before the checkpoint's entry, so that entry is itself re-hashed and compared; with
  // no entry before it to chain from (removed), walk from the start, which names the gap.
  const from = pinned && linkedFrom !== null ? { seq: pinned.seq - 1, hash: linkedFrom } : chainStart;
  const startAt = from === chainStart ? noCheckpoint : checkpoint;
  const verifier = new TrailVerifier(anchor, from, pinsOf(kept));
  const live = new LiveRecordDigest(startAt.liveRecords);
  // The checkpoint's entry, already read, goes first; the walk then reads only what came after it.
  const chainBroke = startAt.seq > 0 && pinned ? !verifier.push(pinned) : false;
  if (!chainBroke) {
    for await (const entry of trailEntries(trail, { asStored: true }, startAt.seq)) {
      if (!verifier.push(entry)) break;
      live.apply(entry);
    }
  }
  const walked = verifier.firstBreak() === null;
  const storedHeadSeq = walked ? undefined : await trail.headSeq();
  const records = await recordsAgainstTrail(trail, walked ? live.hex : null);
  const verdict = verifier.verdict({ storedHeadSeq, records });
  const since: VerifiedSince = {
    seq: startAt.seq,
    verifiedAt: startAt.verifiedAt || null,
    fullyVerifiedAt: startAt.fullyVerifiedAt,
  };
  if (verdict.intact && verdict.lastSeq > 0) {
    await trail.anchorHead({ seq: verdict.lastSeq, hash: verdict.lastHash });
    await checkpoints.record({
      seq: verdict.lastSeq,
      hash: verdict.lastHash,
      liveRecords: live.hex,
      verifiedAt: now.toISOString(),
      // Starting from entry 1 re-hashed everything: as good as the full job.
      fullyVerifiedAt: startAt.seq === 0 ? now.toISOString() : startAt.fullyVerifiedAt,
    });
  }
  return { ...verdict, since };
}

/** The hash an entry is chained from: its stored link, else the entry before it's hash (null if absent). */
function chainedFrom(entry: TrailEntry, read: readonly TrailEntry[]): string | null {
  if (entry.prevHash !== PREV_HASH_NOT_STORED) return entry.prevHash;
  if (entry.seq === 1) return GENESIS_HASH;
  return read.find((other) => other.seq === entry.seq - 1)?.hash ?? null;
}
