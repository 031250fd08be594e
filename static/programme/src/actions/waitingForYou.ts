import type { CorrectiveActionView } from '../../../../src/contract';

/** One decision the caller owes: a plan to approve, or a due-date extension to approve or refuse. */
export interface WaitingItem {
  key: string;
  kind: 'plan' | 'extension';
  view: CorrectiveActionView;
  /** What is asked, in the caller's words. */
  detail: string;
}

/**
 * What waits for the caller, read from the backend's `may` of each action (it already leaves out
 * a plan's owner and whoever asked for the extension): plans to approve before implementation,
 * then extensions to decide. The forms are on the action's issue panel.
 */
export function waitingFor(actions: readonly CorrectiveActionView[]): WaitingItem[] {
  const plans = actions
    .filter((view) => view.may.approvePlan)
    .map((view): WaitingItem => {
      const plan = view.action.plan;
      const owner = view.ownerName ?? 'its owner';
      return {
        key: `plan-${view.id}`,
        kind: 'plan',
        view,
        detail: plan ? `Plan by ${owner}, to be implemented by ${plan.dueDate}` : `Plan by ${owner}`,
      };
    });
  const extensions = actions.flatMap((view) =>
    view.may.decideExtension
      ? view.extensions
          .filter(({ extension }) => extension.decision === null)
          .map(({ id, extension, requesterName }): WaitingItem => ({
            key: `extension-${id}`,
            kind: 'extension',
            view,
            detail: `${requesterName} asks to move ${extension.fromDate} to ${extension.toDate}: ${extension.justification}`,
          }))
      : [],
  );
  return [...plans, ...extensions];
}
