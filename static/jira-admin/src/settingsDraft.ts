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
  /** May a programme manager close a finding of this grade with a signed "no action needed"? */
  closeWithoutAction: boolean;
  /** Calendar days from implementation to the earliest effectiveness check; empty means 0. */
  effectivenessWaitDays: string;
}

/** The form's values while they are edited: numbers stay text until they are sent. */
export interface JiraSettingsDraft {
  ncProjectKey: string;
  ncIssueType: string;
  caProjectKey: string;
  caIssueType: string;
  statuses: Record<Step, string>;
  /** The NC project's status that means closed (the closing gate guards it). */
  ncClosedStatus: string;
  dueDates: Record<Grade, PolicyDraft>;
  /** Labels separated by spaces or commas. */
  labels: string;
  reason: string;
}

const daysText = (days: number | null | undefined) => (days === null || days === undefined ? '' : String(days));

type SentPolicy = JiraSettingsInput['dueDates'][Grade];

/**
 * A grade's policy as edited. Settings saved before "may close without action" existed left it
 * out, which the backend reads as "yes exactly when the action is optional": the form shows that
 * reading, and saving then records it explicitly.
 */
function policyDraft(policy: SentPolicy): PolicyDraft {
  return {
    correctiveAction: policy.correctiveAction,
    planBusinessDays: daysText(policy.planBusinessDays),
    implementationBusinessDays: daysText(policy.implementationBusinessDays),
    closeWithoutAction: policy.closeWithoutAction ?? policy.correctiveAction === 'optional',
    effectivenessWaitDays: daysText(policy.effectivenessWaitDays ?? 0),
  };
}

export function draftFrom(settings: JiraSettingsInput): JiraSettingsDraft {
  const dueDates = Object.fromEntries(grades.map((grade) => [grade, policyDraft(settings.dueDates[grade])]));
  return {
    ncProjectKey: settings.nonconformities.projectKey,
    ncIssueType: settings.nonconformities.issueType,
    caProjectKey: settings.correctiveActions.projectKey,
    caIssueType: settings.correctiveActions.issueType,
    statuses: { ...settings.statuses },
    ncClosedStatus: settings.nonconformityStatuses?.closed ?? 'Closed',
    dueDates: dueDates as Record<Grade, PolicyDraft>,
    labels: (settings.labels ?? []).join(' '),
    reason: '',
  };
}

/** A day count as sent: empty is null; anything else a number the backend checks (NaN travels as null). */
const days = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));

/** A grade's policy as sent; an empty waiting period is 0 (the check may be made at once). */
function sentPolicy(policy: PolicyDraft): SentPolicy {
  return {
    correctiveAction: policy.correctiveAction,
    planBusinessDays: days(policy.planBusinessDays),
    implementationBusinessDays: days(policy.implementationBusinessDays),
    closeWithoutAction: policy.closeWithoutAction,
    effectivenessWaitDays: days(policy.effectivenessWaitDays) ?? 0,
  };
}

/** What `checkJiraSettings` and `saveJiraSettings` are sent. The backend trims and checks every value. */
export function settingsInput(draft: JiraSettingsDraft): JiraSettingsInput {
  const dueDates = Object.fromEntries(grades.map((grade) => [grade, sentPolicy(draft.dueDates[grade])]));
  return {
    nonconformities: { projectKey: draft.ncProjectKey.trim().toUpperCase(), issueType: draft.ncIssueType },
    correctiveActions: { projectKey: draft.caProjectKey.trim().toUpperCase(), issueType: draft.caIssueType },
    statuses: { ...draft.statuses },
    nonconformityStatuses: { closed: draft.ncClosedStatus },
    dueDates: dueDates as JiraSettingsInput['dueDates'],
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
  ncClosedStatus: 'settings.nonconformityStatuses.closed',
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
  fieldPaths.ncClosedStatus,
  ...grades.flatMap((grade) =>
    (
      [
        'correctiveAction',
        'planBusinessDays',
        'implementationBusinessDays',
        'closeWithoutAction',
        'effectivenessWaitDays',
      ] as const
    ).map((part) => fieldPaths.policy(grade, part)),
  ),
  fieldPaths.labels,
  fieldPaths.reason,
];
