import type { JiraSettings } from '../../domain/jira/jiraSettings';
import type { JiraIssues, JiraProjectShape } from '../../ports/jira';
import type { AppServices, Caller } from '../services';
import type { SettingsProjects } from './settingsProblems';

async function readEach(jira: JiraIssues, settings: JiraSettings): Promise<SettingsProjects> {
  const keys = [...new Set([settings.nonconformities.projectKey, settings.correctiveActions.projectKey])];
  const shapes = await Promise.all(keys.map((key) => jira.project(key)));
  return new Map<string, JiraProjectShape | null>(keys.map((key, index) => [key, shapes[index] ?? null]));
}

/**
 * The projects saved settings name, read as the app: they were vetted when they were saved, and
 * every app role may see how findings become issues. Call only after the caller's role is checked.
 */
export function readSavedProjects(services: AppServices, settings: JiraSettings): Promise<SettingsProjects> {
  return readEach(services.jira.asApp(), settings);
}

/**
 * The projects a programme manager proposes, read with the rights the choice needs. A Jira
 * administrator may point the app at any project, so the app reads them as itself. Anyone else
 * only at projects they can see in Jira, so they are read as the caller: a project hidden from
 * them reads as missing. Otherwise the app's own rights (asApp sees every project) would let a
 * programme manager make the app write issues where they themselves may not look.
 */
export async function readProposedProjects(
  services: AppServices,
  caller: Caller,
  settings: JiraSettings,
): Promise<SettingsProjects> {
  const isJiraAdmin = await services.directory.isSiteAdmin(caller.accountId);
  return readEach(isJiraAdmin ? services.jira.asApp() : services.jira.asUser(caller.accountId), settings);
}
