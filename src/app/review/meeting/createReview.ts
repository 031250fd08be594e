import type { ParsedInput } from '../../../contract/resolvers';
import type { ManagementReviewView } from '../../../contract/review';
import type { ManagementReviewRecord } from '../../../domain/review/managementReview';
import type { ReviewPeriod } from '../../../domain/review/reviewPeriod';
import type { AppServices, Caller } from '../../services';
import { reviewSpace, writeReviewPage } from './reviewPage';
import { toReviewView, type StoredReview } from './reviewViews';
import { currentReviewPlan } from '../planning/reviewPlanning';

/** The review this one follows: the latest whose period ends before this one's does. */
function previousReview(reviews: StoredReview[], period: ReviewPeriod, selfId: string | null): string | null {
  const earlier = reviews
    .filter((r) => r.id !== selfId && r.record.period.to < period.to)
    .sort((a, b) => a.record.period.to.localeCompare(b.record.period.to) || a.id.localeCompare(b.id));
  return earlier.at(-1)?.id ?? null;
}

const samePeriod = (a: ReviewPeriod, b: ReviewPeriod) => a.from === b.from && a.to === b.to;

/**
 * "Create management review": the record first (so its id is fixed), then its Confluence page from
 * the template (each input macro names the review), then the page on the record. Asking again with
 * the same title and period finishes what an interrupted attempt left — the record is found, the
 * page adopted by its title — and otherwise returns the review as it is: never a second of either.
 */
export async function createManagementReview(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'createManagementReview'>,
): Promise<ManagementReviewView> {
  const period: ReviewPeriod = { from: input.from, to: input.to };
  // Check the space before writing anything: a review that cannot have its page is not started.
  const space = await reviewSpace(services, period, caller.accountId);
  const reviews = await services.store.list('managementReview');
  let stored =
    reviews.find((r) => r.record.title === input.title && samePeriod(r.record.period, period)) ??
    (await createRecord(services, caller, input.title, period, reviews));
  if (stored.record.page === null) {
    const page = await writeReviewPage(services, { reviewId: stored.id, title: input.title, period, ...space });
    const latest = (await services.store.get('managementReview', stored.id)) ?? stored;
    stored =
      latest.record.page !== null
        ? latest
        : (await services.store.apply({
            entity: 'managementReview',
            id: stored.id,
            before: latest,
            after: {
              ...latest.record,
              page: {
                pageId: page.id,
                spaceKey: space.space.key,
                version: page.version,
                title: page.title,
                publishedAt: services.clock.now().toISOString(),
              },
            },
            actor: caller.accountId,
            at: services.clock.now(),
            reason: `Review page created in Confluence: page ${page.id}`,
          }))!;
  }
  return toReviewView(services, stored);
}

async function createRecord(
  services: AppServices,
  caller: Caller,
  title: string,
  period: ReviewPeriod,
  reviews: StoredReview[],
): Promise<StoredReview> {
  const now = services.clock.now();
  const id = services.ids.newId('review');
  // The agenda's standing items as they stand today: a later change to the plan leaves this review's alone.
  const { standingItems } = await currentReviewPlan(services);
  const record: ManagementReviewRecord = {
    title,
    period,
    previousReviewId: previousReview(reviews, period, null),
    page: null,
    heldOn: null,
    attendees: [],
    minutes: '',
    createdBy: caller.accountId,
    createdAt: now.toISOString(),
    standingItems,
  };
  const stored = await services.store.apply({
    entity: 'managementReview',
    id,
    before: null,
    after: record,
    actor: caller.accountId,
    at: now,
  });
  return stored!;
}
