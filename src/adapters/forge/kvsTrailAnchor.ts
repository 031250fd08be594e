import { kvs, WhereConditions } from '@forge/kvs';
import { Failure } from '../../domain/failure';
import { AnchorConflict, TrailHead, type AnchorState } from '../../domain/trail/trailHead';
import type { TrailAnchor } from '../../ports/trailAnchor';

const PREFIX = 'trail-anchor:';
const CONFLICT_KEY = 'trail-anchor-conflict';
/** Sequence numbers are stored as `LIMIT - seq`, zero-padded: KVS lists keys in ascending order only. */
const LIMIT = 10 ** 15;
const DIGITS = 16;
/** Anchors within this many entries of a write are kept (a regrown trail collides with them). */
const KEEP = 1000;
/** Every this-many-th write deletes one batch of older anchors (KVS batches hold 25 keys). */
const PRUNE_EVERY = 25;

/** One key per anchored entry, written once: the highest seq is the first key the prefix lists. */
function keyOf(seq: number): string {
  return `${PREFIX}${String(LIMIT - seq).padStart(DIGITS, '0')}`;
}

/** The platform answers 409 when FAIL_IF_EXISTS finds the key (its code name has varied). */
function alreadyExists(error: unknown): boolean {
  const details = (error as { responseDetails?: { status?: number } } | null)?.responseDetails;
  return details?.status === 409;
}

/**
 * The trail anchor in Forge KVS. KVS has no compare-and-set on plain keys, so the anchor is not one
 * value that racing writers overwrite (a slower writer would move it backward) but one key per
 * anchored entry, created with FAIL_IF_EXISTS: keys are only ever added, so the highest can never
 * go down. Creating a key that exists with a different hash means the trail was cut back and
 * written again over the same numbers; the first such conflict is kept for verification to report.
 * Old keys are deleted in small batches, always more than KEEP entries below a key just written,
 * so the highest is never touched.
 */
export const kvsTrailAnchor: TrailAnchor = {
  async raise(head) {
    const key = keyOf(head.seq);
    try {
      await kvs.set(key, head, { keyPolicy: 'FAIL_IF_EXISTS' });
    } catch (error) {
      if (!alreadyExists(error)) throw error;
      const kept = TrailHead.safeParse(await kvs.get(key));
      if (kept.success && kept.data.hash !== head.hash) await keepFirstConflict(head, kept.data.hash);
      return;
    }
    if (head.seq % PRUNE_EVERY === 0) await prune(head.seq);
  },

  async read(): Promise<AnchorState> {
    const top = await kvs.query().where('key', WhereConditions.beginsWith(PREFIX)).getOne<unknown>();
    const head = top ? TrailHead.safeParse(top.value) : null;
    if (head && !head.success) throw new Failure('unavailable', `The trail anchor ${top!.key} cannot be read`);
    const conflict = AnchorConflict.safeParse(await kvs.get(CONFLICT_KEY));
    return { head: head?.data ?? null, conflict: conflict.success ? conflict.data : null };
  },
};

async function keepFirstConflict(head: TrailHead, anchoredHash: string): Promise<void> {
  const conflict: AnchorConflict = { seq: head.seq, anchoredHash, laterHash: head.hash };
  try {
    await kvs.set(CONFLICT_KEY, conflict, { keyPolicy: 'FAIL_IF_EXISTS' });
  } catch (error) {
    if (!alreadyExists(error)) throw error;
  }
}

async function prune(seq: number): Promise<void> {
  const keys: { key: string }[] = [];
  for (let old = seq - KEEP - PRUNE_EVERY + 1; old <= seq - KEEP; old += 1) {
    if (old >= 1) keys.push({ key: keyOf(old) });
  }
  if (keys.length > 0) await kvs.batchDelete(keys);
}
