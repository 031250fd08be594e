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
