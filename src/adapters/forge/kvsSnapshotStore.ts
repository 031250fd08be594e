import { kvs } from '@forge/kvs';
import type { SnapshotStore } from '../../ports/snapshots';

/** Forge KVS (plain, not secret storage): cached values the app can always recompute. */
export const kvsSnapshotStore: SnapshotStore = {
  async get(key) {
    return (await kvs.get(key)) ?? undefined;
  },
  async set(key, value) {
    await kvs.set(key, value as never);
  },
};
