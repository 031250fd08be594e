import { addBusinessDays } from '../calendar/businessDays';
import type { FindingGrade } from '../audits/finding';
import type { JiraSettings } from './jiraSettings';

export interface FindingDueDates {
  /** When the corrective-action plan is due (null: the grade sets none). */
  plan: string | null;
  /** When the action must be implemented; this is the NC issue's Jira `duedate`. */
  implementation: string | null;
}

/** A finding's due dates under the policy of its grade, counted from the day it was raised. */
export function findingDueDates(
  settings: Pick<JiraSettings, 'dueDates'>,
  grade: FindingGrade,
  raisedOn: string,
  workingDays: readonly number[],
): FindingDueDates {
  const policy = settings.dueDates[grade];
  const after = (days: number | null) => (days === null ? null : addBusinessDays(raisedOn, days, workingDays));
  return { plan: after(policy.planBusinessDays), implementation: after(policy.implementationBusinessDays) };
}

/**
 * The latest date the policy allows for implementing an action answering findings of these grades,
 * each raised on its day: the earliest of their implementation dates (the strictest finding rules).
 * Null when no grade sets one.
 */
export function policyImplementationDate(
  settings: Pick<JiraSettings, 'dueDates'>,
  findings: ReadonlyArray<{ grade: FindingGrade; raisedOn: string }>,
  workingDays: readonly number[],
): { date: string; grade: FindingGrade } | null {
  const dates = findings
    .map((f) => ({ date: findingDueDates(settings, f.grade, f.raisedOn, workingDays).implementation, grade: f.grade }))
    .filter((d): d is { date: string; grade: FindingGrade } => d.date !== null)
    .sort((a, b) => a.date.localeCompare(b.date));
  return dates[0] ?? null;
}

/** The effectiveness check's waiting period for an action: the longest of its findings' grades. */
export function effectivenessWaitDays(
  settings: Pick<JiraSettings, 'dueDates'>,
  grades: readonly FindingGrade[],
): number {
  return Math.max(0, ...grades.map((grade) => settings.dueDates[grade].effectivenessWaitDays));
}
