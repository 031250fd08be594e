/**
 * Long work the app hands to a Forge queue consumer (up to 900 s) instead of a 25 s resolver.
 * Delivery is at least once: a consumer must cope with an event it has seen before.
 */
export interface WorkQueue {
  push(events: QueuedEvent[]): Promise<{ jobId: string }>;
}

export interface QueuedEvent {
  body: Record<string, unknown>;
  delayInSeconds?: number;
  /** Events sharing `key` run at most `limit` at a time (Forge's async-event concurrency). */
  concurrency?: { key: string; limit: number };
}
