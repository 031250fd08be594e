import { reconcileWithJira } from '../app/jira/sync/reconcile';
import { forgeServices } from './forgeServices';

/**
 * Scheduled trigger (hourly, `jira-reconciliation-sweep`): finds and repairs what lost or refused
 * events left out of step with Jira, looking at changed issues only, and once a day at every mapped one. A failure throws, so Forge logs the run as failed and the
 * next one covers the same window (the last complete run's start is kept).
 */
export async function handler(): Promise<{ statusCode: number }> {
  const services = await forgeServices();
  const summary = await reconcileWithJira(services);
  console.log(
    `jira reconciliation (${summary.scope}): ` +
      `${summary.fullSweep ? `${summary.mapped} tracked swept${summary.sweepDone ? ' (sweep done)' : ''}, ${summary.inJira ?? 'not listed'} in Jira, ` : ''}${summary.changed} changed, ${summary.missing} missing, ${summary.fetched} fetched, ` +
      `${summary.repaired} repaired, ${summary.deleted} deleted, ${summary.dueDatesReset} due dates reset, ` +
      `${summary.untracked} untracked, ${summary.failed} refused, ${summary.jiraCalls} Jira calls`,
  );
  return { statusCode: 204 };
}
