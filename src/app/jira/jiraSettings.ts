import type { JiraSettingsCheck, JiraSettingsView } from '../../contract/jira';
import type { ParsedInput } from '../../contract/resolvers';
import type { AppServices, Caller } from '../services';

// Scaffolding: the use cases of this room, filled in by the issue-7 work.

export async function getJiraSettings(_services: AppServices, _caller: Caller): Promise<JiraSettingsView> {
  throw new Error('getJiraSettings: not built yet');
}

export async function checkJiraSettings(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'checkJiraSettings'>,
): Promise<JiraSettingsCheck> {
  throw new Error('checkJiraSettings: not built yet');
}

export async function saveJiraSettings(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'saveJiraSettings'>,
): Promise<JiraSettingsView> {
  throw new Error('saveJiraSettings: not built yet');
}
