import { jiraStepFor, mappedRoute } from '../../domain/actions/caLifecycle';
import { Failure } from '../../domain/failure';
import type { MappedStep } from '../../domain/jira/jiraSettings';
import type { JiraIssues } from '../../ports/jira';
import type { AppServices } from '../services';
import { savedJiraSettings } from './savedSettings';
import { issueOf } from './trackedIssues';

/** What aligning did: the status the issue is in, or why Jira would not follow. */
export interface AlignOutcome {
  moved: boolean;
  status: string | null;
  /** Why the issue is not where the action's state says (a refused transition, no route): for the panel and logs. */
  note: string | null;
}

/** At most this many transitions to reach a status: one per mapped step on the way. */
const maxHops = 3;

/**
 * Moves a corrective action's Jira issue to the status its state maps to (settings.statuses),
 * through the workflow's own transitions. The store is the system of record: a workflow that
 * refuses (a validator, a missing transition) never undoes the store's change, it is reported.
 */
export async function alignActionIssue(services: AppServices, correctiveActionId: string): Promise<AlignOutcome> {
  const action = await services.store.get('correctiveAction', correctiveActionId);
  const settings = await savedJiraSettings(services);
  const linked = await issueOf(services, 'correctiveAction', correctiveActionId);
  const step = action ? jiraStepFor(action.record) : null;
  if (!action || !settings || !linked || !step) return { moved: false, status: null, note: null };
  try {
    return await moveTo(services.jira.asApp(), linked.issue.key, step, settings.statuses);
  } catch (error) {
    if (error instanceof Failure) {
      const note = `Jira did not move ${linked.issue.key} to "${settings.statuses[step]}": ${error.message}`;
      console.warn(`alignActionIssue: ${note}`);
      return { moved: false, status: null, note };
    }
    throw error;
  }
}

/**
 * Walks the issue to `target`: a transition straight there when the workflow has one, otherwise
 * one to the furthest mapped status on the way (planned → implemented → verification → closed).
 */
async function moveTo(
  jira: JiraIssues,
  issueKey: string,
  target: MappedStep,
  statuses: Record<MappedStep, string>,
): Promise<AlignOutcome> {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const wanted = statuses[target];
  let moved = false;
  for (let hop = 0; hop <= maxHops; hop += 1) {
    const issue = await jira.getIssue(issueKey);
    if (!issue) return { moved, status: null, note: `${issueKey} is gone or hidden from the app` };
    if (same(issue.status.name, wanted)) return { moved, status: issue.status.name, note: null };
    if (hop === maxHops) break;
    const transitions = await jira.transitions(issueKey);
    const direct = transitions.find((t) => same(t.toStatus, wanted));
    // Only forward: a mapped status the issue has already passed is never on the way.
    const here = mappedRoute.findIndex((step) => same(statuses[step], issue.status.name));
    const onTheWay = mappedRoute
      .slice(here + 1, mappedRoute.indexOf(target))
      .map((step) => statuses[step])
      .reverse()
      .map((status) => transitions.find((t) => same(t.toStatus, status)))
      .find((t) => t !== undefined);
    const next = direct ?? onTheWay;
    if (!next) {
      return {
        moved,
        status: issue.status.name,
        note: `The workflow offers no way from "${issue.status.name}" towards "${wanted}"`,
      };
    }
    await jira.transition(issueKey, next.id);
    moved = true;
  }
  return { moved, status: null, note: `"${wanted}" is more than ${maxHops} transitions away` };
}
