import { Failure } from '../../domain/failure';
import type { AppServices } from '../services';
import { issueOf } from './trackedIssues';

/**
 * Makes a corrective action's plan owner the Jira assignee of its issue, so Jira's own filters
 * ("assigned to me") and the closing gate's "not the assignee" rule see the person who answers
 * for the action. Best effort: the plan in the store is the record; Jira refusing the person (not
 * assignable in the project) is logged and returned, never thrown.
 */
export async function assignPlanOwner(services: AppServices, correctiveActionId: string): Promise<string | null> {
  const action = await services.store.get('correctiveAction', correctiveActionId);
  const ownerId = action?.record.plan?.ownerId;
  if (!ownerId) return null;
  const linked = await issueOf(services, 'correctiveAction', correctiveActionId);
  if (!linked) return null;
  try {
    await services.jira.asApp().updateIssue(linked.issue.key, { assigneeId: ownerId });
    return null;
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    const note = `Jira did not assign ${linked.issue.key} to the plan's owner: ${error.message}`;
    console.warn(`assignPlanOwner: ${note}`);
    return note;
  }
}
