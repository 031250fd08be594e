import { Failure } from '../../domain/failure';
import type { AppServices } from '../services';
import { issueOf } from '../jira/trackedIssues';

/**
 * The issue property that tells the workflow condition an improvement action is done. The
 * condition reads only properties (anyone who may edit the issue can set them), so it merely
 * offers the Close transition; the validator still decides from the store.
 */
export const improvementPropertyKey = 'iso27001-improvement';

/**
 * Marks a closed improvement action's Jira issue as done, so `verified-effective-condition` offers
 * its closing transition without a verification (10.1). Best effort, like the verification's
 * fields: the store is what counts.
 */
export async function improvementDoneToJira(services: AppServices, correctiveActionId: string): Promise<void> {
  const linked = await issueOf(services, 'correctiveAction', correctiveActionId);
  if (!linked) return;
  try {
    await services.jira.asApp().setProperty(linked.issue.key, improvementPropertyKey, { done: true });
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    console.warn(`recordCorrectiveActionStep: ${linked.issue.key} not marked done in Jira: ${error.message}`);
  }
}
