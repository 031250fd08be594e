import { GENESIS_HASH, hashTrailEntry, type TrailEntry } from './trailEntry';

export type TrailBreakKind = 'gap' | 'chain' | 'tampered';

export interface TrailBreak {
  /** The first entry that does not verify (for a gap: the sequence number that is missing). */
  seq: number;
  kind: TrailBreakKind;
  message: string;
}

export type TrailVerdict =
  | { intact: true; entries: number; lastSeq: number; lastHash: string }
  | { intact: false; entries: number; firstBreak: TrailBreak };

/**
 * Checks entries one at a time, in sequence order, so a long trail can be verified page by page
 * without holding it in memory. It stops at the first break: everything after it is unproven.
 */
export class TrailVerifier {
  private expectedSeq = 1;
  private prevHash = GENESIS_HASH;
  private checked = 0;
  private broken: TrailBreak | null = null;

  /** Returns false once a break has been found (callers may stop reading). */
  push(entry: TrailEntry): boolean {
    if (this.broken) return false;
    if (entry.seq !== this.expectedSeq) {
      this.broken = {
        seq: this.expectedSeq,
        kind: 'gap',
        message:
          entry.seq > this.expectedSeq
            ? `Entry ${this.expectedSeq} is missing (the next entry found is ${entry.seq})`
            : `Entry ${entry.seq} appears out of order after ${this.expectedSeq - 1}`,
      };
      return false;
    }
    if (entry.prevHash !== this.prevHash) {
      this.broken = {
        seq: entry.seq,
        kind: 'chain',
        message: `Entry ${entry.seq} does not follow entry ${entry.seq - 1}: its previous-hash link differs`,
      };
      return false;
    }
    if (hashTrailEntry(entry, entry.prevHash) !== entry.hash) {
      this.broken = {
        seq: entry.seq,
        kind: 'tampered',
        message: `Entry ${entry.seq} was altered after it was written: its content no longer matches its hash`,
      };
      return false;
    }
    this.checked += 1;
    this.expectedSeq += 1;
    this.prevHash = entry.hash;
    return true;
  }

  verdict(): TrailVerdict {
    if (this.broken) return { intact: false, entries: this.checked, firstBreak: this.broken };
    return { intact: true, entries: this.checked, lastSeq: this.expectedSeq - 1, lastHash: this.prevHash };
  }
}

export function verifyTrail(entries: Iterable<TrailEntry>): TrailVerdict {
  const verifier = new TrailVerifier();
  for (const entry of entries) {
    if (!verifier.push(entry)) break;
  }
  return verifier.verdict();
}
