import { GENESIS_HASH, hashTrailEntry, PREV_HASH_NOT_STORED, type TrailEntry } from './trailEntry';
import { noAnchor, type AnchorState } from './trailHead';

/**
 * gap, chain, tampered: an entry inside the chain is missing, out of place or altered (for an
 * entry that does not store its previous hash, `tampered` means it or the entry before it).
 * cut: the chain ends before an entry the anchor saw written. rewritten: the chain verifies, but
 * not as the anchor saw it written (hashes recomputed after a change). record: a stored record
 * differs from what the trail recorded for its version.
 */
export type TrailBreakKind = 'gap' | 'chain' | 'tampered' | 'cut' | 'rewritten' | 'record';

export interface TrailBreak {
  /** The first entry that does not verify (gap: the missing number; cut: the first one removed). */
  seq: number;
  kind: TrailBreakKind;
  message: string;
  /** For kind `record`: which record and version. */
  record?: { entityType: string; entityId: string; entityVersion: number };
}

export type TrailVerdict =
  | { intact: true; entries: number; lastSeq: number; lastHash: string }
  | {
      intact: false;
      entries: number;
      /** The first of `breaks`, kept for readers that show one. */
      firstBreak: TrailBreak;
      /** Every kind of break found: the chain's first, a cut tail, a rewrite, tampered records. */
      breaks: TrailBreak[];
    };

/** A head proven by an earlier verification and kept outside SQL, with when it was proven. */
export interface PinnedHead extends ChainPosition {
  verifiedAt: string;
}

/** What verification learnt outside the chain walk. */
export interface BeyondTheChain {
  /** The highest seq the store holds: tells a cut tail apart when the chain broke before it. */
  storedHeadSeq?: number;
  /** Records whose stored content differs from their trail. */
  records?: readonly TrailBreak[];
}

/** Where a walk starts: after this entry, whose hash the next one must link to (seq 0: the genesis). */
export interface ChainPosition {
  seq: number;
  hash: string;
}

export const chainStart: ChainPosition = { seq: 0, hash: GENESIS_HASH };

/**
 * Checks entries one at a time, in sequence order, so a long trail can be verified page by page
 * without holding it in memory. The chain check stops at the first break: everything after it is
 * unproven. Given the anchor (the head kept outside SQL), it also proves the chain still reaches
 * the highest entry ever anchored, with the same hash.
 *
 * A walk may resume from a position proven earlier (a verified checkpoint, or where the previous
 * chunk of a background job stopped): the entries up to it count as verified. `pinned` are heads
 * known from outside SQL (a checkpoint): the entry under such a number must still carry that hash.
 */
export class TrailVerifier {
  private expectedSeq: number;
  private prevHash: string;
  private checked: number;
  private broken: TrailBreak | null = null;

  constructor(
    private readonly anchor: AnchorState = noAnchor,
    from: ChainPosition = chainStart,
    private readonly pinned: readonly PinnedHead[] = [],
  ) {
    this.expectedSeq = from.seq + 1;
    this.prevHash = from.hash;
    this.checked = from.seq;
  }

  /** The last entry proven so far: where the next chunk of a walk resumes. */
  position(): ChainPosition {
    return { seq: this.expectedSeq - 1, hash: this.prevHash };
  }

  /** The first break found so far, if any. */
  firstBreak(): TrailBreak | null {
    return this.broken;
  }

  /** Returns false once a break has been found (callers may stop reading). */
  push(entry: TrailEntry): boolean {
    if (this.broken) return false;
    this.broken = this.breakAt(entry);
    if (this.broken) return false;
    this.checked += 1;
    this.expectedSeq += 1;
    this.prevHash = entry.hash;
    return true;
  }

  private breakAt(entry: TrailEntry): TrailBreak | null {
    if (entry.seq !== this.expectedSeq) {
      return {
        seq: this.expectedSeq,
        kind: 'gap',
        message:
          entry.seq > this.expectedSeq
            ? `Entry ${this.expectedSeq} is missing (the next entry found is ${entry.seq})`
            : `Entry ${entry.seq} appears out of order after ${this.expectedSeq - 1}`,
      };
    }
    const linkStored = entry.prevHash !== PREV_HASH_NOT_STORED;
    if (linkStored && entry.prevHash !== this.prevHash) {
      return {
        seq: entry.seq,
        kind: 'chain',
        message: `Entry ${entry.seq} does not follow entry ${entry.seq - 1}: its previous-hash link differs`,
      };
    }
    // The hash is always checked over the previous entry's proven hash (equal to a stored link).
    if (hashTrailEntry(entry, this.prevHash) !== entry.hash) {
      return {
        seq: entry.seq,
        kind: 'tampered',
        // Without a stored link, a changed entry and an entry before it rewritten with its hash
        // recomputed look the same from here: the message names both.
        message: linkStored
          ? `Entry ${entry.seq} was altered after it was written: its content no longer matches its hash`
          : `Entry ${entry.seq} no longer matches its hash chained from entry ${entry.seq - 1}: entry ${entry.seq}, or entry ${entry.seq - 1} before it, was altered after it was written`,
      };
    }
    const pin = this.pinned.find((p) => p.seq === entry.seq && p.hash !== entry.hash);
    if (pin) {
      return {
        seq: entry.seq,
        kind: 'rewritten',
        message: `Entry ${entry.seq} is not the entry verified on ${pin.verifiedAt}: the trail up to it was rewritten and its hashes recomputed`,
      };
    }
    const anchored = this.anchor.head;
    if (anchored && anchored.seq === entry.seq && anchored.hash !== entry.hash) {
      return {
        seq: entry.seq,
        kind: 'rewritten',
        message: `Entry ${entry.seq} is not the entry anchored outside the database when it was written: the trail up to it was rewritten and its hashes recomputed`,
      };
    }
    return null;
  }

  verdict(beyond: BeyondTheChain = {}): TrailVerdict {
    const breaks: TrailBreak[] = [];
    if (this.broken) breaks.push(this.broken);
    const cut = this.cutTail(beyond.storedHeadSeq);
    if (cut) breaks.push(cut);
    const conflict = this.anchor.conflict;
    if (conflict) {
      breaks.push({
        seq: conflict.seq,
        kind: 'rewritten',
        message: `Entry ${conflict.seq} was written twice with different content: the trail was cut back before it and written again`,
      });
    }
    breaks.push(...(beyond.records ?? []));
    const [firstBreak] = breaks;
    if (firstBreak) return { intact: false, entries: this.checked, firstBreak, breaks };
    return { intact: true, entries: this.checked, lastSeq: this.expectedSeq - 1, lastHash: this.prevHash };
  }

  /** The chain ends (or the store's entries end) before the highest anchored entry. */
  private cutTail(storedHeadSeq: number | undefined): TrailBreak | null {
    const anchored = this.anchor.head;
    if (!anchored) return null;
    const reached = this.broken ? (storedHeadSeq ?? this.expectedSeq - 1) : this.expectedSeq - 1;
    if (reached >= anchored.seq) return null;
    return {
      seq: reached + 1,
      kind: 'cut',
      message: `The trail ends at entry ${reached} but entry ${anchored.seq} was written: the entries after ${reached} were removed`,
    };
  }
}

export function verifyTrail(entries: Iterable<TrailEntry>, anchor: AnchorState = noAnchor): TrailVerdict {
  const verifier = new TrailVerifier(anchor);
  for (const entry of entries) {
    if (!verifier.push(entry)) break;
  }
  return verifier.verdict();
}
