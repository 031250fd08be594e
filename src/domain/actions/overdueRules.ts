import { daysBetween } from '../calendar/calendarDate';
import type { CorrectiveActionRecord } from './correctiveAction';

/** Whole days `dueDate` lies before `today` (both days in the programme's time zone); 0 if not past. */
export function daysOverdue(dueDate: string, today: string): number {
  return Math.max(0, daysBetween(dueDate, today));
}

export interface OverdueAge {
  dueDate: string;
  daysOverdue: number;
}

/**
 * An action is overdue when its plan's due date has passed and it is still waiting to be
 * implemented. Once implemented, the wait for verification is the verifier's, not the owner's.
 */
export function actionOverdue(
  action: Pick<CorrectiveActionRecord, 'state' | 'plan'>,
  today: string,
): OverdueAge | null {
  if (action.state !== 'implementation' || !action.plan) return null;
  const days = daysOverdue(action.plan.dueDate, today);
  return days > 0 ? { dueDate: action.plan.dueDate, daysOverdue: days } : null;
}

/**
 * A finding's plan is overdue when its grade's policy set a plan due date, that day has passed,
 * and no corrective action of the finding has a plan (a not-effective verification takes the plan
 * away again, so the finding is back on the list until a new plan is made).
 */
export function planOverdue(planDueDate: string | null, hasPlan: boolean, today: string): OverdueAge | null {
  if (planDueDate === null || hasPlan) return null;
  const days = daysOverdue(planDueDate, today);
  return days > 0 ? { dueDate: planDueDate, daysOverdue: days } : null;
}
