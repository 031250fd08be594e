import type { CorrectiveActionRecord } from '../../actions/correctiveAction';
import { actionOverdue } from '../../actions/overdueRules';
import { dayIn } from './days';
import type { Identified } from './kpiRecords';

/** Corrective actions overdue today, by the app's overdue rule (src/domain/actions/overdueRules.ts). */
export function overdueActionsToday(
  actions: ReadonlyArray<Identified<CorrectiveActionRecord>>,
  today: string,
): Array<Identified<CorrectiveActionRecord> & { daysOverdue: number }> {
  return actions.flatMap((action) => {
    const overdue = actionOverdue(action.record, today);
    return overdue ? [{ ...action, daysOverdue: overdue.daysOverdue }] : [];
  });
}

/**
 * Whether an action was overdue at the end of `day` (a past month end in the KPI series), rebuilt
 * from the action as it is now: it was open then, its current plan's due date had passed, and its
 * implementation had not been recorded by then. A plan taken away by a "not effective"
 * verification is no longer on the action, so the series judges such an action by its newest plan.
 */
export function wasOverdueOn(action: CorrectiveActionRecord, day: string, timeZone: string): boolean {
  const opened = dayIn(timeZone, action.openedAt);
  if (opened === null || opened > day) return false;
  const closed = action.state === 'closed' ? dayIn(timeZone, action.closedAt) : null;
  if (closed !== null && closed <= day) return false;
  if (!action.plan || action.plan.dueDate >= day) return false;
  const implemented = action.implementation ? dayIn(timeZone, action.implementation.at) : null;
  return implemented === null || implemented > day;
}
