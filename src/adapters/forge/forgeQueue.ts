import { Queue } from '@forge/events';
import type { WorkQueue } from '../../ports/workQueue';

/** A Forge queue (`@forge/events`) by its manifest key. */
export function forgeQueue(key: string): WorkQueue {
  const queue = new Queue({ key });
  return {
    push: async (events) => {
      const { jobId } = await queue.push(events);
      return { jobId };
    },
  };
}
