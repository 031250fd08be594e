import { z } from 'zod';
import { IsoDate } from '../calendar/calendarDate';
import { invalidInput } from '../failure';

/**
 * The schedule baseline (issue 18 item 5): the planned dates an audit had when the programme was
 * approved. Moving an audit later must not make it "on schedule": the KPI counts against the
 * baseline, and every change of a planned date after approval keeps the baseline and records why.
 */
export const PlannedDates = z.object({ plannedStart: IsoDate, plannedEnd: IsoDate });
export type PlannedDates = z.infer<typeof PlannedDates>;

/** One change of an audit's planned dates after the programme's approval, with its reason. */
export const PlanDateChange = z.object({
  from: PlannedDates,
  to: PlannedDates,
  changedOn: IsoDate,
  changedBy: z.string().min(1).max(128),
  reason: z.string().trim().min(1).max(2000),
});
export type PlanDateChange = z.infer<typeof PlanDateChange>;

/** What the baseline rules read of an audit; the record's fields are optional so older records read as before. */
export interface BaselinedAudit {
  plan: PlannedDates;
  baseline?: PlannedDates | undefined;
  dateChanges?: PlanDateChange[] | undefined;
}

/**
 * The audit's baseline. An audit whose dates never changed after approval has none stored: its
 * planned dates are its baseline. This is also how audits stored before baselines existed read:
 * they take their planned dates at the upgrade as their baseline, and the first change after it
 * stores that baseline (see `withPlanDates`), so the result is the same as a data migration.
 */
export function baselineOf(audit: BaselinedAudit): PlannedDates {
  return audit.baseline ?? { plannedStart: audit.plan.plannedStart, plannedEnd: audit.plan.plannedEnd };
}

/** Whether the planned dates differ from the baseline (the audit was moved after approval). */
export function isRescheduled(audit: BaselinedAudit): boolean {
  const baseline = baselineOf(audit);
  return baseline.plannedStart !== audit.plan.plannedStart || baseline.plannedEnd !== audit.plan.plannedEnd;
}

export interface PlanDateContext {
  /** Whether the programme the audit belongs to carries a current approval signature. */
  programmeApproved: boolean;
  today: string;
  accountId: string;
  reason: string | null | undefined;
}

/**
 * The baseline fields of an audit after its plan is saved with `next` dates. Before the programme
 * is approved the plan is still a draft and its dates simply move; after approval a change keeps
 * the baseline, needs a reason (else nothing is written) and is listed with it.
 */
export function withPlanDates(
  current: BaselinedAudit,
  next: PlannedDates,
  context: PlanDateContext,
): Pick<BaselinedAudit, 'baseline' | 'dateChanges'> {
  const from = { plannedStart: current.plan.plannedStart, plannedEnd: current.plan.plannedEnd };
  const kept = {
    ...(current.baseline ? { baseline: current.baseline } : {}),
    ...(current.dateChanges ? { dateChanges: [...current.dateChanges] } : {}),
  };
  const moved = from.plannedStart !== next.plannedStart || from.plannedEnd !== next.plannedEnd;
  if (!moved || (!context.programmeApproved && !current.baseline)) return kept;
  const reason = context.reason?.trim() ?? '';
  if (reason === '') {
    throw invalidInput(
      'reason',
      'The programme is approved: say why the planned dates change (the approved dates stay as the baseline)',
    );
  }
  const change: PlanDateChange = {
    from,
    to: { plannedStart: next.plannedStart, plannedEnd: next.plannedEnd },
    changedOn: context.today,
    changedBy: context.accountId,
    reason,
  };
  return { baseline: baselineOf(current), dateChanges: [...(current.dateChanges ?? []), change] };
}
