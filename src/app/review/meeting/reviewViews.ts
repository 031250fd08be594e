import type { ManagementReviewSummary, ManagementReviewView, ReviewInputEntryView } from '../../../contract/review';
import { notFound } from '../../../domain/failure';
import { trackedIssueId } from '../../../domain/jira/trackedIssue';
import { confluencePagePath } from '../../../domain/links/siteLinks';
import type { ManagementReviewRecord, ReviewDecisionRecord } from '../../../domain/review/managementReview';
import { enteredInputKinds, reviewInputId } from '../../../domain/review/reviewInputs';
import { currentApproval } from '../../../domain/signing/signature';
import { reviewAgenda } from '../../../domain/review/planning/reviewAgenda';
import type { StoredRecord } from '../../../ports/recordStore';
import { SubjectTitles, toTrackedIssueView } from '../../jira/trackedViews';
import type { AppServices } from '../../services';
import { signaturesOf } from '../../signing/signatures';

export type StoredReview = StoredRecord<ManagementReviewRecord>;

export async function loadReview(services: AppServices, reviewId: string): Promise<StoredReview> {
  const stored = await services.store.get('managementReview', reviewId);
  if (!stored) throw notFound(`There is no management review ${reviewId}`);
  return stored;
}

/** Site-relative: Jira, Confluence and the app share the site. */
export const reviewPageUrl = (page: ManagementReviewRecord['page']) => (page ? confluencePagePath(page) : null);

/** Decisions in the order recorded (their number), not the store's id order ("d10" before "d2"). */
export const byNumber = (a: StoredRecord<ReviewDecisionRecord>, b: StoredRecord<ReviewDecisionRecord>) =>
  a.record.number - b.record.number;

export function toReviewSummary(
  stored: StoredReview,
  decisions: number,
  minutesApproved: boolean,
): ManagementReviewSummary {
  const { record } = stored;
  return {
    id: stored.id,
    title: record.title,
    from: record.period.from,
    to: record.period.to,
    heldOn: record.heldOn,
    pageUrl: reviewPageUrl(record.page),
    decisions,
    minutesApproved,
  };
}

/** The entered part of every input the programme manager fills, version 0 where nothing is entered yet. */
async function enteredInputs(services: AppServices, reviewId: string): Promise<ReviewInputEntryView[]> {
  const stored = new Map((await services.store.listBy('reviewInput', 'reviewId', reviewId)).map((i) => [i.id, i]));
  const views: ReviewInputEntryView[] = [];
  for (const kind of enteredInputKinds) {
    const input = stored.get(reviewInputId(reviewId, kind));
    views.push({
      kind,
      summary: input?.record.summary ?? '',
      entries: input?.record.entries ?? [],
      version: input?.version ?? 0,
      updatedAt: input?.updatedAt ?? null,
      updatedByName: input ? await services.directory.displayName(input.updatedBy) : null,
    });
  }
  return views;
}

/**
 * A review as its screen shows it: the meeting record, the entered inputs, each decision with its
 * owner's name and its Jira issue, and the signatures — the minutes count as approved only while
 * top management's `approved` signature is on the current version.
 */
export async function toReviewView(services: AppServices, stored: StoredReview): Promise<ManagementReviewView> {
  const { record } = stored;
  const decisions = (await services.store.listBy('reviewDecision', 'reviewId', stored.id)).sort(byNumber);
  const titles = new SubjectTitles(services);
  const decisionList = [];
  for (const decision of decisions) {
    const tracked = await services.store.get('trackedIssue', trackedIssueId('reviewDecision', decision.id));
    decisionList.push({
      id: decision.id,
      number: decision.record.number,
      type: decision.record.type,
      text: decision.record.text,
      ownerId: decision.record.ownerId,
      ownerName: await services.directory.displayName(decision.record.ownerId),
      dueDate: decision.record.dueDate,
      recordedAt: decision.record.recordedAt,
      issue: tracked ? await toTrackedIssueView(tracked, titles) : null,
    });
  }
  const { signatures } = await signaturesOf(services, { recordType: 'managementReview', recordId: stored.id });
  // A signature whose binding no longer holds (its content hash differs from the trail) approves nothing.
  const approved =
    currentApproval(
      signatures.filter((s) => s.bindingIntact),
      stored.version,
    ) !== null;
  return {
    ...toReviewSummary(stored, decisions.length, approved),
    version: stored.version,
    previousReviewId: record.previousReviewId,
    page: record.page
      ? {
          pageId: record.page.pageId,
          spaceKey: record.page.spaceKey,
          version: record.page.version,
          title: record.page.title,
        }
      : null,
    attendees: record.attendees,
    minutes: record.minutes,
    agenda: reviewAgenda(record.standingItems ?? []),
    conclusion: record.conclusion ?? null,
    decisionList,
    inputs: await enteredInputs(services, stored.id),
    signatures,
    createdBy: record.createdBy,
    createdAt: record.createdAt,
  };
}
