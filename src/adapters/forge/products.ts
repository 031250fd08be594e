import api from '@forge/api';
import type { ConfluenceRequest } from '../confluence/confluencePagesApi';
import type { JiraRequest } from '../jira/jiraUserDirectory';

/** Jira as the app: only after the entry layer has checked the caller's role. */
export const jiraAsApp: JiraRequest = (path) => api.asApp().requestJira(path);

/** Jira as a given user: their own permissions apply. */
export const jiraAsUser =
  (accountId: string): JiraRequest =>
  (path) =>
    api.asUser(accountId).requestJira(path);

/** Confluence as the app: only after the entry layer has checked the caller's role. */
export const confluenceAsApp: ConfluenceRequest = (path, init) => api.asApp().requestConfluence(path, init);

/** Confluence as a given user: their own space permissions apply. */
export const confluenceAsUser =
  (accountId: string): ConfluenceRequest =>
  (path, init) =>
    api.asUser(accountId).requestConfluence(path, init);
