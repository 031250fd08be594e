import api from '@forge/api';
import type { JiraRequest } from '../jira/jiraUserDirectory';

/** Jira as the app: only after the entry layer has checked the caller's role. */
export const jiraAsApp: JiraRequest = (path) => api.asApp().requestJira(path);

/** Jira as a given user: their own permissions apply. */
export const jiraAsUser =
  (accountId: string): JiraRequest =>
  (path) =>
    api.asUser(accountId).requestJira(path);
