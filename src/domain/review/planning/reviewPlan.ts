import { z } from 'zod';
import { addMonths, daysBetween, IsoDate } from '../../calendar/calendarDate';

/** One of the organisation's own standing agenda items, heard at every review after 9.3.2 a–g. */
export const StandingAgendaItem = z
  .string()
  .trim()
  .min(1, 'Write the agenda item')
  .max(200, 'An agenda item is at most 200 characters');

/**
 * How often top management reviews the ISMS (ISO 27001 9.3.1 "at planned intervals") and when
 * the next review is planned, with the organisation's standing agenda items. One record for the
 * programme, versioned and trailed like the programme settings it belongs with.
 */
export const ReviewPlan = z
  .object({
    intervalMonths: z
      .number({ error: 'The review interval is a whole number of months' })
      .int('The review interval is a whole number of months')
      .min(1, 'The review interval is at least 1 month')
      .max(36, 'The review interval is at most 36 months'),
    /** The next review's planned day, in the programme's time zone; null: one interval after the last. */
    nextPlannedOn: IsoDate.nullable(),
    standingItems: z.array(StandingAgendaItem).max(20, 'At most 20 standing agenda items'),
  })
  .refine((plan) => new Set(plan.standingItems).size === plan.standingItems.length, {
    message: 'A standing agenda item is listed twice',
    path: ['standingItems'],
  });
export type ReviewPlan = z.infer<typeof ReviewPlan>;

/** Before the programme manager plans anything: a yearly review, no date, no items of its own. */
export const defaultReviewPlan: ReviewPlan = { intervalMonths: 12, nextPlannedOn: null, standingItems: [] };

/**
 * The day the next review is due. A planned day after the last review held is the one; once a
 * review is held on or after it (or with no planned day) the next is due one interval after the
 * last review held. Nothing held and nothing planned: no review is planned (null).
 */
export function nextReviewDue(plan: ReviewPlan, lastHeldOn: string | null): string | null {
  if (plan.nextPlannedOn !== null && (lastHeldOn === null || plan.nextPlannedOn > lastHeldOn)) {
    return plan.nextPlannedOn;
  }
  return lastHeldOn === null ? null : addMonths(lastHeldOn, plan.intervalMonths);
}

/** Days before the planned day from which the overview warns that the review is due. */
export const reviewDueWarningDays = 30;

export type ReviewDue =
  | { state: 'notPlanned' }
  | { state: 'planned' | 'dueSoon'; dueOn: string; daysLeft: number }
  | { state: 'overdue'; dueOn: string; daysOverdue: number };

/**
 * Where the next management review stands today (a day in the programme's time zone): planned,
 * due within `reviewDueWarningDays` (the day itself included), or overdue from the day after.
 */
export function reviewDue(plan: ReviewPlan, lastHeldOn: string | null, today: string): ReviewDue {
  const dueOn = nextReviewDue(plan, lastHeldOn);
  if (dueOn === null) return { state: 'notPlanned' };
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return { state: 'overdue', dueOn, daysOverdue: -daysLeft };
  return { state: daysLeft <= reviewDueWarningDays ? 'dueSoon' : 'planned', dueOn, daysLeft };
}

/** The KPI tile's words: "due in N days", "overdue by N days" or "no review planned". */
export function reviewDueWords(due: ReviewDue): string {
  const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
  switch (due.state) {
    case 'notPlanned':
      return 'No management review planned';
    case 'overdue':
      return `Management review overdue by ${days(due.daysOverdue)} (due ${due.dueOn})`;
    default:
      return due.daysLeft === 0
        ? `Management review due today (${due.dueOn})`
        : `Management review due in ${days(due.daysLeft)} (${due.dueOn})`;
  }
}
