import { sweepOverdue } from '../app/actions/overdueSweep';
import { forgeServices } from './forgeServices';

/**
 * Scheduled trigger (daily): marks overdue corrective-action plans and actions and reminds their
 * owners with one comment per issue per day (see app/actions/overdueSweep.ts).
 */
export async function handler(): Promise<{ statusCode: number }> {
  const services = await forgeServices();
  const outcome = await sweepOverdue(services);
  console.info('overdue sweep', outcome);
  return { statusCode: 204 };
}
