import { Failure } from '../../domain/failure';
import type { AppServices } from '../services';
import { findingClosureOf } from './findingClosureOf';
import { savedJiraSettings } from '../jira/savedSettings';
import { issueOf } from '../jira/trackedIssues';

/** At most this many transitions to reach the closed status (Open → In progress → Closed, say). */
const maxHops = 3;

/**
 * Moves a closed finding's NC issue to the NC closed status (settings.nonconformityStatuses), best
 * effort: the store is the system of record, and the gate lets the transition through because the
 * finding is closed by then. A finding still open, or an NC the workflow will not close, stays
 * where it is; the reason is logged and returned, never thrown.
 */
export async function closeFindingIssue(services: AppServices, findingId: string): Promise<string | null> {
  const settings = await savedJiraSettings(services);
  const linked = await issueOf(services, 'finding', findingId);
  if (!settings || !linked) return null;
  const { closure } = await findingClosureOf(services, findingId);
  if (!closure.closed) return null;
  const wanted = settings.nonconformityStatuses.closed.toLowerCase();
  const jira = services.jira.asApp();
  const key = linked.issue.key;
  try {
    const visited = new Set<string>();
    for (let hop = 0; hop <= maxHops; hop += 1) {
      const issue = await jira.getIssue(key);
      if (!issue) return `${key} is gone or hidden from the app`;
      const here = issue.status.name.toLowerCase();
      if (here === wanted) return null;
      if (hop === maxHops) break;
      visited.add(here);
      const transitions = await jira.transitions(key);
      // Straight to closed when the workflow allows it, else one step forward to a status not yet passed.
      const next =
        transitions.find((t) => t.toStatus.toLowerCase() === wanted) ??
        transitions.find((t) => !visited.has(t.toStatus.toLowerCase()));
      if (!next)
        return `The workflow offers no way from "${issue.status.name}" towards "${settings.nonconformityStatuses.closed}"`;
      await jira.transition(key, next.id);
    }
    return `"${settings.nonconformityStatuses.closed}" is more than ${maxHops} transitions away`;
  } catch (error) {
    if (error instanceof Failure) {
      const note = `Jira did not close ${key}: ${error.message}`;
      console.warn(`closeFindingIssue: ${note}`);
      return note;
    }
    throw error;
  }
}

/** After an action closed: each of its findings that is now closed has its NC issue closed too. */
export async function closeFindingIssuesOf(services: AppServices, correctiveActionId: string): Promise<void> {
  const action = await services.store.get('correctiveAction', correctiveActionId);
  if (action?.record.state !== 'closed') return;
  for (const findingId of action.record.findingIds) await closeFindingIssue(services, findingId);
}
