import type { CorrectiveActionRecord } from '../../actions/correctiveAction';
import { actionOverdue } from '../../actions/overdueRules';
import { controlledDueDateOf, type DueDateExtensionRecord } from '../../actions/dueDateExtension';
import { dayIn } from './days';
import type { Identified } from './kpiRecords';

/** Corrective actions overdue today, by the app's overdue rule (src/domain/actions/overdueRules.ts). */
export function overdueActionsToday(
  actions: ReadonlyArray<Identified<CorrectiveActionRecord>>,
  today: string,
  extensions: ReadonlyArray<Identified<DueDateExtensionRecord>> = [],
): Array<Identified<CorrectiveActionRecord> & { daysOverdue: number }> {
  return actions.flatMap((action) => {
    const overdue = actionOverdue(action.record, today, controlledDueDateOf(action.id, action.record, extensions));
    return overdue ? [{ ...action, daysOverdue: overdue.daysOverdue }] : [];
  });
}

/**
 * Whether an action was overdue at the end of `day` (a past month end in the KPI series), rebuilt
 * from the action as it is now: it was open then, its current plan's due date had passed, and its
 * implementation had not been recorded by then. A plan taken away by a "not effective"
 * verification is no longer on the action, so the series judges such an action by its newest plan.
 * The due date is the controlled one: an extension approved by then moved it.
 */
export function wasOverdueOn(
  action: CorrectiveActionRecord,
  day: string,
  timeZone: string,
  controlled: {
    correctiveActionId: string;
    extensions: ReadonlyArray<Identified<DueDateExtensionRecord>>;
  } | null = null,
): boolean {
  const opened = dayIn(timeZone, action.openedAt);
  if (opened === null || opened > day) return false;
  const closed = action.state === 'closed' ? dayIn(timeZone, action.closedAt) : null;
  if (closed !== null && closed <= day) return false;
  if (!action.plan) return false;
  const decidedBy = (e: Identified<DueDateExtensionRecord>) =>
    e.record.decision !== null && (dayIn(timeZone, e.record.decision.at) ?? '') <= day;
  const dueDate = controlled
    ? controlledDueDateOf(controlled.correctiveActionId, action, controlled.extensions.filter(decidedBy))
    : action.plan.dueDate;
  if (dueDate === null || dueDate >= day) return false;
  const implemented = action.implementation ? dayIn(timeZone, action.implementation.at) : null;
  return implemented === null || implemented > day;
}
