import api from '@forge/api';
import type { ConfluenceRequest } from '../confluence/confluencePagesApi';
import type { JiraRequestWithInit } from '../jira/jiraIssuesApi';

/** Jira as the app: only after the entry layer has checked the caller's role. */
export const jiraAsApp: JiraRequestWithInit = (path, init) => api.asApp().requestJira(path, init);

/** Confluence as the app: only after the entry layer has checked the caller's role. */
export const confluenceAsApp: ConfluenceRequest = (path, init) => api.asApp().requestConfluence(path, init);

/**
 * Forge's `asUser()` takes no argument in a resolver: it is the invoking user, with their own
 * permissions. `asUser(accountId)` would ask the platform to impersonate someone, which needs
 * `allowImpersonation` (not granted to this app) and must never be what a permission check rests
 * on. So the ports keep naming the account (the app code says whose view it wants) and this is the
 * one place that checks it is the invoker's.
 *
 * Asking for anyone else — or for a user's view where nobody invoked the function (a trigger, a
 * queue consumer, a validator) — is an Error, not a `Failure`: no input can make a call site pass
 * another account (they all pass the caller the entry layer identified), so it is a bug, and it
 * must fail the request loudly rather than read as a user's missing permission that callers turn
 * into "not found" and carry on.
 */
function requireInvoker(invokerId: string | undefined, accountId: string): void {
  if (invokerId === undefined) {
    throw new Error(
      `Asked to act in the product as ${accountId}, but no user invoked this function: only the invoking user's own view can be asked for`,
    );
  }
  if (accountId !== invokerId) {
    throw new Error(
      `Asked to act in the product as ${accountId} while ${invokerId} invoked this function: the app never acts as another user`,
    );
  }
}

/** Jira as the invoking user (`invokerId`, from the platform context): their own permissions apply. */
export const jiraAsUser =
  (invokerId: string | undefined) =>
  (accountId: string): JiraRequestWithInit => {
    requireInvoker(invokerId, accountId);
    return (path, init) => api.asUser().requestJira(path, init);
  };

/** Confluence as the invoking user: their own space permissions apply. */
export const confluenceAsUser =
  (invokerId: string | undefined) =>
  (accountId: string): ConfluenceRequest => {
    requireInvoker(invokerId, accountId);
    return (path, init) => api.asUser().requestConfluence(path, init);
  };
