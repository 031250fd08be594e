/**
 * Long work the app hands to a Forge queue consumer (up to 900 s) instead of a 25 s resolver.
 * Delivery is at least once: a consumer must cope with an event it has seen before.
 */
export interface WorkQueue {
  push(events: Array<{ body: Record<string, unknown>; delayInSeconds?: number }>): Promise<{ jobId: string }>;
}
