import { conflict } from '../../domain/failure';
import { JiraSettings } from '../../domain/jira/jiraSettings';
import type { AppServices } from '../services';

/** The Jira settings record's id: one configuration per site. */
export const jiraSettingsId = 'jira';

/** The saved Jira configuration, or null before a programme manager saves one. */
export async function savedJiraSettings(services: AppServices): Promise<JiraSettings | null> {
  const stored = await services.store.get('jiraSettings', jiraSettingsId);
  return stored ? JiraSettings.parse(stored.record) : null;
}

/** The saved Jira settings, or a conflict that says what to do: nothing is raised without them. */
export async function requireJiraSettings(services: AppServices): Promise<JiraSettings> {
  const settings = await savedJiraSettings(services);
  if (!settings) {
    throw conflict(
      'Jira is not set up yet: a programme manager saves the Jira settings (projects, issue types, due dates) first',
    );
  }
  return settings;
}
