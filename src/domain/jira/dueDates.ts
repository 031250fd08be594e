import { addDays, dayNumber } from '../programme/rules/dates';
import type { FindingGrade } from '../programme/finding';
import type { JiraSettings } from './jiraSettings';

/** ISO weekday (1 = Monday … 7 = Sunday) of a `YYYY-MM-DD` day (1970-01-01 was a Thursday). */
export function isoWeekday(date: string): number {
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/**
 * The day `count` working days after `start` (which itself does not count, as "due in 10 business
 * days" means ten whole working days after the day it was raised). `workingDays` are ISO weekdays
 * from the programme settings; the dates are days in the programme's time zone.
 */
export function addBusinessDays(start: string, count: number, workingDays: readonly number[]): string {
  if (workingDays.length === 0) throw new Error('addBusinessDays: no working days');
  let day = start;
  let left = count;
  while (left > 0) {
    day = addDays(day, 1);
    if (workingDays.includes(isoWeekday(day))) left -= 1;
  }
  return day;
}

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
