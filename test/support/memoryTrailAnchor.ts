import type { AnchorConflict, AnchorState, TrailHead } from '../../src/domain/trail/trailHead';
import type { TrailAnchor } from '../../src/ports/trailAnchor';

/**
 * The trail anchor in memory, with the KVS adapter's rules: one hash per sequence number, written
 * once; the anchor is the highest; a different hash for a number already anchored is the conflict.
 */
export class MemoryTrailAnchor implements TrailAnchor {
  readonly hashes = new Map<number, string>();
  conflict: AnchorConflict | null = null;
  raises = 0;

  async raise(head: TrailHead): Promise<void> {
    this.raises += 1;
    const anchored = this.hashes.get(head.seq);
    if (anchored === undefined) this.hashes.set(head.seq, head.hash);
    else if (anchored !== head.hash && !this.conflict) {
      this.conflict = { seq: head.seq, anchoredHash: anchored, laterHash: head.hash };
    }
  }

  async read(): Promise<AnchorState> {
    let head: TrailHead | null = null;
    for (const [seq, hash] of this.hashes) if (!head || seq > head.seq) head = { seq, hash };
    return { head, conflict: this.conflict };
  }
}
