import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../../../domain/trail/canonicalJson';
import type { AppServices } from '../../services';
import { snapshotFreshMinutes, stillHolds, withinFreshWindow } from './macroSnapshot';
import { recordingReads, type RecordedReads } from './recordedReads';

/**
 * Parts of a macro's figures kept as snapshots of their own, each with the record types its part
 * read. A macro whose figures come from a large read and a small one (the KPI tiles: every finding,
 * action and verification, and the month's recorded figures) keeps the large part apart, so a change
 * to the small one (a month's figures recorded) recomputes the small part only and takes the large
 * part from its snapshot while no change since touched a type it read.
 *
 * Only `getMacroData` hands a macro its held parts; everywhere else (the export without a snapshot,
 * the tests' full reads) a macro computes every part from the store.
 */
export interface HeldParts {
  /**
   * The part named `name` for these `inputs` (everything it depends on besides the records it
   * reads: the period, today, a filter): its snapshot when still true, else `compute` run now with
   * the services it must read through, kept as the part's new snapshot. `value` checks what KVS
   * gives back, so a damaged or foreign value is computed again, never shown.
   */
  figures<T>(
    name: string,
    inputs: unknown,
    value: z.ZodType<T>,
    compute: (services: AppServices) => Promise<T>,
  ): Promise<T>;
}

/** A part as kept in KVS: its figures, the trail head it was computed at, what it read, when. */
const PartSnapshot = z.object({
  stamp: z.number().int().nonnegative(),
  writtenAt: z.string(),
  reads: z.array(z.string()).nullable(),
  value: z.unknown(),
});

export function partKey(name: string, inputs: unknown): string {
  const hash = createHash('sha256').update(canonicalJson(inputs)).digest('hex').slice(0, 32);
  return `review-part:${name}:${hash}`;
}

/**
 * Held parts for one macro computation. `services` are the app's own (not the recorder's: the part
 * reads under its own recorder); each part's record types are added to `outer`, the macro's
 * recorder, so the macro's snapshot is invalidated by a change to anything any of its parts read.
 * The trail head is read BEFORE a part is computed, as for a macro, so a part is never stamped
 * newer than what it read. A failed KVS read or write costs the part's snapshot, never the figures.
 */
export function heldParts(services: AppServices, outer: RecordedReads, now: Date): HeldParts {
  return {
    async figures(name, inputs, value, compute) {
      const key = partKey(name, inputs);
      const head = await services.trail.headSeq();
      const kept = PartSnapshot.safeParse(await services.snapshots.get(key).catch(() => undefined));
      if (kept.success && withinFreshWindow(Date.parse(kept.data.writtenAt), now)) {
        const figures = value.safeParse(kept.data.value);
        if (figures.success && (await stillHolds(services.trail, kept.data, head))) {
          outer.include(kept.data.reads);
          return figures.data;
        }
      }
      const recorded = recordingReads(services);
      const computed = await compute(recorded.services);
      const reads = recorded.reads();
      outer.include(reads);
      const snapshot = { stamp: head, writtenAt: now.toISOString(), reads, value: computed };
      await services.snapshots
        .set(key, snapshot, { expiresInSeconds: snapshotFreshMinutes * 60 })
        .catch((error: unknown) => console.warn(`review macro: could not keep the ${name} part: ${String(error)}`));
      return computed;
    },
  };
}
