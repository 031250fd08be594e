import type { JiraProjectChoices, JiraSettingsCheck, JiraSettingsProblem, JiraSettingsView } from '../../contract/jira';
import type { ParsedInput } from '../../contract/resolvers';
import { Failure, invalidInput } from '../../domain/failure';
import { findingDueDates } from '../../domain/jira/dueDates';
import { suggestedJiraSettings, type JiraSettings } from '../../domain/jira/jiraSettings';
import { FindingGrade } from '../../domain/audits/finding';
import type { ProgrammeSettings } from '../../domain/programme/programmeSettings';
import { todayIn } from '../../domain/calendar/timeZone';
import type { StoredRecord } from '../../ports/recordStore';
import { expectVersion } from '../expectVersion';
import { currentProgrammeSettings } from '../programme/programmeSettings';
import type { AppServices, Caller } from '../services';
import { jiraSettingsId } from './savedSettings';
import { jiraSettingsProblems, projectChoices, type SettingsProjects } from './settingsProblems';
import { readProposedProjects, readSavedProjects } from './settingsProjects';

const noChoices: JiraProjectChoices = { nonconformityIssueTypes: [], correctiveActionIssueTypes: [], statuses: [] };

function view(
  stored: StoredRecord<JiraSettings> | null,
  programme: ProgrammeSettings,
  checked: { problems: JiraSettingsProblem[]; choices: JiraProjectChoices },
): JiraSettingsView {
  return {
    settings: stored?.record ?? null,
    suggested: suggestedJiraSettings,
    version: stored?.version ?? 0,
    problems: checked.problems,
    choices: checked.choices,
    workingDays: [...programme.workingDays],
    timeZone: programme.timeZone,
  };
}

function checkedAgainst(settings: JiraSettings, projects: SettingsProjects) {
  return { problems: jiraSettingsProblems(settings, projects), choices: projectChoices(settings, projects) };
}

const jiraBusy = (error: unknown): error is Failure =>
  error instanceof Failure && (error.code === 'rate_limited' || error.code === 'unavailable');

/**
 * The Jira settings (or null until saved, with the suggestion to start from), checked against the
 * live projects. Reading is for every app role; a Jira that does not answer shows as a problem
 * rather than hiding the settings.
 */
export async function getJiraSettings(services: AppServices, _caller: Caller): Promise<JiraSettingsView> {
  const [stored, programme] = await Promise.all([
    services.store.get('jiraSettings', jiraSettingsId),
    currentProgrammeSettings(services),
  ]);
  const settings = stored?.record ?? suggestedJiraSettings;
  try {
    return view(stored, programme, checkedAgainst(settings, await readSavedProjects(services, settings)));
  } catch (error) {
    if (!jiraBusy(error)) throw error;
    const problems = [{ field: 'settings', message: `Jira could not be asked about the projects: ${error.message}` }];
    return view(stored, programme, { problems, choices: noChoices });
  }
}

/**
 * A configuration checked without saving: what the projects cannot do, and the due dates each
 * grade's policy gives a finding raised today (in the programme's time zone, on its working days).
 */
export async function checkJiraSettings(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'checkJiraSettings'>,
): Promise<JiraSettingsCheck> {
  const [projects, programme] = await Promise.all([
    readProposedProjects(services, caller, input.settings),
    currentProgrammeSettings(services),
  ]);
  const { timeZone, workingDays } = programme;
  const raisedOn = todayIn(timeZone, services.clock.now());
  const exampleDueDates = Object.fromEntries(
    FindingGrade.options.map((grade) => [grade, findingDueDates(input.settings, grade, raisedOn, workingDays)]),
  ) as JiraSettingsCheck['exampleDueDates'];
  return { ...checkedAgainst(input.settings, projects), exampleRaisedOn: raisedOn, exampleDueDates };
}

/**
 * Saves the configuration, refused (nothing written) when the projects cannot satisfy it: the
 * error names the first field at fault and says how many more there are; checking lists them all.
 */
export async function saveJiraSettings(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'saveJiraSettings'>,
): Promise<JiraSettingsView> {
  const current = await services.store.get('jiraSettings', jiraSettingsId);
  expectVersion(current, input.expectedVersion, 'The Jira settings');
  const [projects, programme] = await Promise.all([
    readProposedProjects(services, caller, input.settings),
    currentProgrammeSettings(services),
  ]);
  const checked = checkedAgainst(input.settings, projects);
  const [first, ...more] = checked.problems;
  if (first) {
    const rest = more.length === 0 ? '' : ` (and ${more.length} more: Check lists them all)`;
    throw invalidInput(first.field, `${first.message}${rest}`);
  }
  const saved = await services.store.apply({
    entity: 'jiraSettings',
    id: jiraSettingsId,
    before: current,
    after: input.settings,
    actor: caller.accountId,
    at: services.clock.now(),
    reason: input.reason ?? null,
  });
  return view(saved, programme, checked);
}
