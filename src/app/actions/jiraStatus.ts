import type { AppServices } from '../services';

// Scaffolding: filled in by the issue-7 work.
/**
 * Moves a corrective action's Jira issue to the status its state maps to (settings.statuses),
 * through the workflow's own transitions. The raising consumer calls it right after it creates
 * the issue of a corrective action that has already moved on.
 */
export async function alignActionIssue(_services: AppServices, _correctiveActionId: string): Promise<void> {
  throw new Error('alignActionIssue: not built yet');
}
