import type { ParsedInput } from '../../../contract/resolvers';
import type { ManagementReviewView } from '../../../contract/review';
import { reviewInputId, type ReviewInputRecord } from '../../../domain/review/reviewInputs';
import { expectVersion } from '../../expectVersion';
import type { AppServices, Caller } from '../../services';
import { refreshReviewPagePrint } from './reviewPagePrint';
import { loadReview, toReviewView } from './reviewViews';

/**
 * When the review was held, who attended, the minutes and the conclusion on the ISMS. Optimistic: the caller's version must be
 * the stored one. Once top management signed the minutes, the store itself refuses a change
 * without a reason, and the signature then shows as superseded (the minutes need signing again).
 */
export async function saveReviewMeeting(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'saveReviewMeeting'>,
): Promise<ManagementReviewView> {
  const stored = await loadReview(services, input.reviewId);
  expectVersion(stored, input.expectedVersion, 'The review');
  const saved = await services.store.apply({
    entity: 'managementReview',
    id: stored.id,
    before: stored,
    after: {
      ...stored.record,
      heldOn: input.heldOn,
      attendees: input.attendees,
      minutes: input.minutes,
      // Part of the record the minutes' signature binds: a change to it supersedes that signature too.
      ...(input.conclusion === undefined ? {} : { conclusion: input.conclusion }),
    },
    actor: caller.accountId,
    at: services.clock.now(),
    reason: input.reason ?? null,
  });
  // The page prints the record as now; a change after the minutes were signed supersedes the
  // signature, and the page's signature block says so.
  await refreshReviewPagePrint(services, saved!);
  return toReviewView(services, saved!);
}

/**
 * The programme manager's entries for one 9.3.2 input the app cannot know (issues, interested
 * parties, feedback, monitoring results, risk assessment results, improvement ideas): one
 * versioned record per review and input, every change in the trail.
 */
export async function saveReviewInput(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'saveReviewInput'>,
): Promise<ManagementReviewView> {
  const review = await loadReview(services, input.reviewId);
  const id = reviewInputId(review.id, input.kind);
  const current = await services.store.get('reviewInput', id);
  expectVersion(current, input.expectedVersion, `The entries for this input`);
  const record: ReviewInputRecord = {
    reviewId: review.id,
    kind: input.kind,
    summary: input.summary,
    entries: input.entries,
    // Stored with the entry so the input macros print who entered it without asking Jira.
    enteredByName: await services.directory.displayName(caller.accountId),
  };
  await services.store.apply({
    entity: 'reviewInput',
    id,
    before: current,
    after: record,
    actor: caller.accountId,
    at: services.clock.now(),
    reason: input.reason ?? null,
  });
  return toReviewView(services, await loadReview(services, review.id));
}
