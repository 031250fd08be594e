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
 * An action is overdue when its controlled due date (the plan's date, or the latest approved
 * extension's) has passed and it is still not implemented, whether its plan waits for approval or
 * for the work. Once implemented, the wait is the effectiveness check's (`checkOverdue`).
 */
export function actionOverdue(
  action: Pick<CorrectiveActionRecord, 'state' | 'plan'>,
  today: string,
  controlledDueDate: string | null = action.plan?.dueDate ?? null,
): OverdueAge | null {
  if ((action.state !== 'implementation' && action.state !== 'planApproval') || !controlledDueDate) return null;
  const days = daysOverdue(controlledDueDate, today);
  return days > 0 ? { dueDate: controlledDueDate, daysOverdue: days } : null;
}

/** An implemented action's effectiveness check is overdue once its due day has passed unverified. */
export function checkOverdue(
  action: Pick<CorrectiveActionRecord, 'state'>,
  checkDueOn: string | null,
  today: string,
): OverdueAge | null {
  if (action.state !== 'verification' || checkDueOn === null) return null;
  const days = daysOverdue(checkDueOn, today);
  return days > 0 ? { dueDate: checkDueOn, daysOverdue: days } : null;
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
