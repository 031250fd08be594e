/**
 * Small cached values that are not records (Forge KVS in production): e.g. a review macro's last
 * computed figures, which its `adfExport` prints with one read. Never the system of record.
 */
export interface SnapshotStore {
  get(key: string): Promise<unknown>;
  /** `expiresInSeconds`: the store drops the value after that long (readers still check its age). */
  set(key: string, value: unknown, options?: { expiresInSeconds?: number }): Promise<void>;
}
