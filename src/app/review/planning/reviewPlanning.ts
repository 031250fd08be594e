import type { ParsedInput } from '../../../contract/resolvers';
import type { ReviewPlanView } from '../../../contract/review';
import { todayIn } from '../../../domain/calendar/timeZone';
import { reviewAgenda } from '../../../domain/review/planning/reviewAgenda';
import {
  defaultReviewPlan,
  reviewDue,
  reviewDueWords,
  type ReviewPlan,
} from '../../../domain/review/planning/reviewPlan';
import type { StoredRecord } from '../../../ports/recordStore';
import { expectVersion } from '../../expectVersion';
import { currentProgrammeSettings } from '../../programme/programmeSettings';
import type { AppServices, Caller } from '../../services';

const PLAN_ID = 'programme';

/** The programme's review plan, or the default (yearly, nothing planned) before a first save. */
export async function currentReviewPlan(services: AppServices): Promise<ReviewPlan> {
  return (await services.store.get('reviewPlan', PLAN_ID))?.record ?? defaultReviewPlan;
}

/** The latest day a management review was held, from the reviews' meeting records. */
async function lastReviewHeldOn(services: AppServices): Promise<string | null> {
  const held = (await services.store.list('managementReview'))
    .map((r) => r.record.heldOn)
    .filter((day): day is string => day !== null)
    .sort();
  return held.at(-1) ?? null;
}

async function toView(services: AppServices, stored: StoredRecord<ReviewPlan> | null): Promise<ReviewPlanView> {
  const plan = stored?.record ?? defaultReviewPlan;
  const settings = await currentProgrammeSettings(services);
  const today = todayIn(settings.timeZone, services.clock.now());
  const lastHeldOn = await lastReviewHeldOn(services);
  const due = reviewDue(plan, lastHeldOn, today);
  return {
    plan,
    version: stored?.version ?? 0,
    updatedAt: stored?.updatedAt ?? null,
    updatedByName: stored ? await services.directory.displayName(stored.updatedBy) : null,
    today,
    lastHeldOn,
    due,
    dueWords: reviewDueWords(due),
    agenda: reviewAgenda(plan.standingItems),
  };
}

/** The review plan with where the next review stands today (the overview's warning and KPI tile). */
export async function getReviewPlan(services: AppServices): Promise<ReviewPlanView> {
  return toView(services, await services.store.get('reviewPlan', PLAN_ID));
}

/**
 * The programme manager sets the review interval, the next review's planned day and the standing
 * agenda items. Versioned and trailed like the settings; the caller's version must be the stored one.
 */
export async function saveReviewPlan(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'saveReviewPlan'>,
): Promise<ReviewPlanView> {
  const current = await services.store.get('reviewPlan', PLAN_ID);
  expectVersion(current, input.expectedVersion, 'The review plan');
  const saved = await services.store.apply({
    entity: 'reviewPlan',
    id: PLAN_ID,
    before: current,
    after: input.plan,
    actor: caller.accountId,
    at: services.clock.now(),
    reason: input.reason ?? null,
  });
  return toView(services, saved);
}
