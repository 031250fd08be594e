import type { AnchorState, TrailHead } from '../domain/trail/trailHead';

/**
 * The trail's head kept outside SQL (Forge KVS in production), where someone who can change the
 * database cannot follow: a cut-off tail or a recomputed chain then no longer matches it.
 */
export interface TrailAnchor {
  /**
   * Records that the trail reached `head`. Never moves the anchor backward, whatever order racing
   * writers arrive in; a second, different hash for a sequence number already anchored is kept as
   * the conflict (the first one stays the anchor).
   */
  raise(head: TrailHead): Promise<void>;
  /** The highest head ever anchored, and the first conflict seen. */
  read(): Promise<AnchorState>;
}
