import type { ResolverInput } from '../../../src/contract';
import { findingGradeTitles, findingGrades } from '../../shared/words/findingGrades';
import { changeReason } from '../../shared/forms/changeReason';

/** The settings as the resolvers take them. */
export type JiraSettingsInput = ResolverInput<'saveJiraSettings'>['settings'];
export type Grade = keyof JiraSettingsInput['dueDates'];
export type Step = keyof JiraSettingsInput['statuses'];

/** Every finding grade has its own due-date policy. */
export const grades: readonly Grade[] = findingGrades;
export const gradeTitles: Record<Grade, string> = findingGradeTitles;
export const steps: readonly Step[] = ['planned', 'implemented', 'verification', 'closed'];

export const stepTitles: Record<Step, { label: string; helper: string }> = {
  planned: { label: 'Action planned', helper: 'The corrective action has an owner, a plan and a due date.' },
  implemented: { label: 'Implemented', helper: 'The owner says the action is done, with evidence.' },
  verification: { label: 'Awaiting verification', helper: 'An independent verifier checks that it worked.' },
  closed: {
    label: 'Closed',
    helper: "Reached only through the verification gate; must be in Jira's Done category.",
  },
};

export interface PolicyDraft {
  correctiveAction: 'required' | 'optional';
  /** Text while edited; empty means "no due date". */
  planBusinessDays: string;
  implementationBusinessDays: string;
}

/** The form's values while they are edited: numbers stay text until they are sent. */
export interface JiraSettingsDraft {
  ncProjectKey: string;
  ncIssueType: string;
  caProjectKey: string;
  caIssueType: string;
  statuses: Record<Step, string>;
  dueDates: Record<Grade, PolicyDraft>;
  /** Labels separated by spaces or commas. */
  labels: string;
  reason: string;
}

const daysText = (days: number | null | undefined) => (days === null || days === undefined ? '' : String(days));

type Policy<Days> = Pick<PolicyDraft, 'correctiveAction'> & {
  planBusinessDays: Days;
  implementationBusinessDays: Days;
};

/** Each grade's policy with its day counts turned from one form to the other (as sent ↔ as edited). */
function withDays<In, Out>(
  policies: Record<Grade, Policy<In>>,
  convert: (days: In) => Out,
): Record<Grade, Policy<Out>> {
  const entries = grades.map((grade) => {
    const { correctiveAction, planBusinessDays, implementationBusinessDays } = policies[grade];
    const policy = {
      correctiveAction,
      planBusinessDays: convert(planBusinessDays),
      implementationBusinessDays: convert(implementationBusinessDays),
    };
    return [grade, policy];
  });
  return Object.fromEntries(entries) as Record<Grade, Policy<Out>>;
}

export function draftFrom(settings: JiraSettingsInput): JiraSettingsDraft {
  const dueDates = withDays(settings.dueDates, daysText);
  return {
    ncProjectKey: settings.nonconformities.projectKey,
    ncIssueType: settings.nonconformities.issueType,
    caProjectKey: settings.correctiveActions.projectKey,
    caIssueType: settings.correctiveActions.issueType,
    statuses: { ...settings.statuses },
    dueDates,
    labels: (settings.labels ?? []).join(' '),
    reason: '',
  };
}

/** A day count as sent: empty is null; anything else a number the backend checks (NaN travels as null). */
const days = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));

/** What `checkJiraSettings` and `saveJiraSettings` are sent. The backend trims and checks every value. */
export function settingsInput(draft: JiraSettingsDraft): JiraSettingsInput {
  const dueDates = withDays(draft.dueDates, days);
  return {
    nonconformities: { projectKey: draft.ncProjectKey.trim().toUpperCase(), issueType: draft.ncIssueType },
    correctiveActions: { projectKey: draft.caProjectKey.trim().toUpperCase(), issueType: draft.caIssueType },
    statuses: { ...draft.statuses },
    dueDates,
    labels: draft.labels.split(/[\s,]+/).filter(Boolean),
  };
}

export function saveInput(draft: JiraSettingsDraft, expectedVersion: number): ResolverInput<'saveJiraSettings'> {
  return { settings: settingsInput(draft), expectedVersion, ...changeReason(draft.reason) };
}

/** The form's fields as the backend names them in `error.field` and in each problem's `field`. */
export const fieldPaths = {
  ncProjectKey: 'settings.nonconformities.projectKey',
  ncIssueType: 'settings.nonconformities.issueType',
  caProjectKey: 'settings.correctiveActions.projectKey',
  caIssueType: 'settings.correctiveActions.issueType',
  status: (step: Step) => `settings.statuses.${step}`,
  policy: (grade: Grade, part: keyof PolicyDraft) => `settings.dueDates.${grade}.${part}`,
  labels: 'settings.labels',
  reason: 'reason',
} as const;

/** Every path a field of the form shows messages for (to tell whether an error has a home). */
export const allFieldPaths: readonly string[] = [
  fieldPaths.ncProjectKey,
  fieldPaths.ncIssueType,
  fieldPaths.caProjectKey,
  fieldPaths.caIssueType,
  ...steps.map(fieldPaths.status),
  ...grades.flatMap((grade) =>
    (['correctiveAction', 'planBusinessDays', 'implementationBusinessDays'] as const).map((part) =>
      fieldPaths.policy(grade, part),
    ),
  ),
  fieldPaths.labels,
  fieldPaths.reason,
];
