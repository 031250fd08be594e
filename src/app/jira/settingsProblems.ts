import type { JiraProjectChoices, JiraSettingsProblem } from '../../contract/jira';
import { mappedSteps, type JiraIssueTarget, type JiraSettings, type MappedStep } from '../../domain/jira/jiraSettings';
import type { JiraProjectShape } from '../../ports/jira';

/** The configured projects as Jira showed them, by key; null: no such project (or hidden from the reader). */
export type SettingsProjects = ReadonlyMap<string, JiraProjectShape | null>;

const targets = [
  { key: 'nonconformities', what: 'Nonconformities' },
  { key: 'correctiveActions', what: 'Corrective actions' },
] as const;

const stepWords: Record<MappedStep, string> = {
  planned: 'action planned',
  implemented: 'implemented',
  verification: 'awaiting verification',
  closed: 'closed',
};

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function targetProblems(field: string, what: string, target: JiraIssueTarget, project: JiraProjectShape | null) {
  if (!project) {
    return [
      {
        field: `${field}.projectKey`,
        message: `Jira has no project ${target.projectKey}, or the app may not see it. ${what} cannot be raised there.`,
      },
    ];
  }
  if (project.issueTypes.some((type) => sameName(type, target.issueType))) return [];
  return [
    {
      field: `${field}.issueType`,
      message: `Project ${project.key} has no issue type "${target.issueType}"; it has ${project.issueTypes.join(', ') || 'none'}.`,
    },
  ];
}

/**
 * The status mapping against the corrective-action project's workflow: the app moves corrective
 * actions through these statuses, and the verification gate guards the one that means closed.
 * Closed must be a `done` status (Jira then sets the resolution, and JQL's `statusCategory = Done`
 * finds it); the steps before it must not be, or an action would look finished before it is verified.
 */
function statusProblems(statuses: JiraSettings['statuses'], project: JiraProjectShape): JiraSettingsProblem[] {
  const problems: JiraSettingsProblem[] = [];
  for (const step of mappedSteps) {
    const field = `settings.statuses.${step}`;
    const found = project.statuses.find((status) => sameName(status.name, statuses[step]));
    if (!found) {
      problems.push({
        field,
        message: `The workflow of project ${project.key} has no status "${statuses[step]}" to mean ${stepWords[step]}.`,
      });
    } else if (step === 'closed' && found.category !== 'done') {
      problems.push({
        field,
        message: `"${found.name}" is not a done status in project ${project.key}: the closed status must be in Jira's Done category.`,
      });
    } else if (step !== 'closed' && found.category === 'done') {
      problems.push({
        field,
        message: `"${found.name}" is a done status in project ${project.key}: an action ${stepWords[step]} is not finished yet.`,
      });
    }
  }
  return problems;
}

/**
 * The NC project's closed status: the gate guards transitions into it, and the app moves an NC
 * there when it closes (findingClosure), so it must exist and be in Jira's Done category.
 */
function ncClosedProblems(closed: string, project: JiraProjectShape): JiraSettingsProblem[] {
  const field = 'settings.nonconformityStatuses.closed';
  const found = project.statuses.find((status) => sameName(status.name, closed));
  if (!found) {
    return [{ field, message: `The workflow of project ${project.key} has no status "${closed}" to mean closed.` }];
  }
  if (found.category !== 'done') {
    return [
      {
        field,
        message: `"${found.name}" is not a done status in project ${project.key}: the closed status must be in Jira's Done category.`,
      },
    ];
  }
  return [];
}

/**
 * What the projects cannot do for these settings, each naming its settings field. Pure: the
 * caller reads the projects once and passes them in.
 */
export function jiraSettingsProblems(settings: JiraSettings, projects: SettingsProjects): JiraSettingsProblem[] {
  const problems: JiraSettingsProblem[] = [];
  for (const { key, what } of targets) {
    const target = settings[key];
    problems.push(...targetProblems(`settings.${key}`, what, target, projects.get(target.projectKey) ?? null));
  }
  const actionProject = projects.get(settings.correctiveActions.projectKey);
  if (actionProject) problems.push(...statusProblems(settings.statuses, actionProject));
  const ncProject = projects.get(settings.nonconformities.projectKey);
  if (ncProject) problems.push(...ncClosedProblems(settings.nonconformityStatuses.closed, ncProject));
  return problems;
}

/** What the projects offer, for the admin page's selects. */
export function projectChoices(settings: JiraSettings, projects: SettingsProjects): JiraProjectChoices {
  const ncProject = projects.get(settings.nonconformities.projectKey) ?? null;
  const caProject = projects.get(settings.correctiveActions.projectKey) ?? null;
  return {
    nonconformityIssueTypes: ncProject ? [...ncProject.issueTypes] : [],
    correctiveActionIssueTypes: caProject ? [...caProject.issueTypes] : [],
    statuses: caProject ? caProject.statuses.map((status) => ({ name: status.name, category: status.category })) : [],
  };
}
