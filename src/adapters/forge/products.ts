import api from '@forge/api';
import type { ConfluenceRequest } from '../confluence/confluencePagesApi';
import type { JiraRequestWithInit } from '../jira/jiraIssuesApi';

/** Jira as the app: only after the entry layer has checked the caller's role. */
export const jiraAsApp: JiraRequestWithInit = (path, init) => api.asApp().requestJira(path, init);

/** Jira as a given user: their own permissions apply. */
export const jiraAsUser =
  (accountId: string): JiraRequestWithInit =>
  (path, init) =>
    api.asUser(accountId).requestJira(path, init);

/** Confluence as the app: only after the entry layer has checked the caller's role. */
export const confluenceAsApp: ConfluenceRequest = (path, init) => api.asApp().requestConfluence(path, init);

/** Confluence as a given user: their own space permissions apply. */
export const confluenceAsUser =
  (accountId: string): ConfluenceRequest =>
  (path, init) =>
    api.asUser(accountId).requestConfluence(path, init);
