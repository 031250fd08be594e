import { z } from 'zod';

/**
 * The newest trail entry as one writer saw it: its sequence number and hash. Kept outside SQL (the
 * anchor), it lets verification prove the trail still reaches as far as it once did — a chain can
 * show that nothing *inside* it changed, but not that its last entries were not cut off.
 */
export const TrailHead = z.object({
  seq: z.number().int().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type TrailHead = z.infer<typeof TrailHead>;

/**
 * Two different entries were anchored under one sequence number: the trail was cut back and
 * written again past the cut. The first anchored hash is the one that counts.
 */
export const AnchorConflict = z.object({
  seq: z.number().int().min(1),
  anchoredHash: z.string(),
  laterHash: z.string(),
});
export type AnchorConflict = z.infer<typeof AnchorConflict>;

/** What the anchor holds: the highest head ever anchored, and the first conflict it saw, if any. */
export interface AnchorState {
  head: TrailHead | null;
  conflict: AnchorConflict | null;
}

export const noAnchor: AnchorState = { head: null, conflict: null };
