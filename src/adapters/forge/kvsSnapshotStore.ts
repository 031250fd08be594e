import { kvs } from '@forge/kvs';
import type { SnapshotStore } from '../../ports/snapshots';

/**
 * Forge KVS (plain, not secret storage): cached values the app can always recompute. An expiry
 * becomes KVS's own `ttl`, so a cached value nobody reads again goes away by itself.
 */
export const kvsSnapshotStore: SnapshotStore = {
  async get(key) {
    return (await kvs.get(key)) ?? undefined;
  },
  async set(key, value, options) {
    const seconds = options?.expiresInSeconds;
    await kvs.set(
      key,
      value as never,
      seconds !== undefined ? { ttl: { value: Math.max(1, Math.ceil(seconds)), unit: 'SECONDS' } } : undefined,
    );
  },
};
