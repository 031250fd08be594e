import { startScheduledVerification } from '../app/trail/scheduledVerification';
import { forgeServices } from './forgeServices';

/**
 * Scheduled trigger (weekly): starts the full re-verification of the trail, unless one is running
 * or finished in the last six days (see app/trail/scheduledVerification.ts). Only the platform
 * calls a scheduled trigger and it carries no user: the job it starts names the schedule as who
 * asked, and the trail page shows when it finished.
 */
export async function handler(): Promise<{ statusCode: number }> {
  const services = await forgeServices();
  const outcome = await startScheduledVerification(services);
  console.info(`trail verification schedule: ${outcome}`);
  return { statusCode: 204 };
}
