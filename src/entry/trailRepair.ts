import { forgeServices } from './forgeServices';

/**
 * Scheduled trigger: completes record writes that were interrupted between their trail entry and
 * their row change (see adapters/sql/trailedStore.ts). Writers also repair a record they trip
 * over; this sweep catches the ones nobody touches again.
 */
export async function handler(): Promise<{ statusCode: number }> {
  const services = await forgeServices();
  const repaired = await services.trail.recoverInterruptedWrites();
  if (repaired.length > 0) {
    console.warn(`trail repair: rolled forward ${repaired.length} interrupted write(s)`, repaired);
  }
  return { statusCode: 204 };
}
