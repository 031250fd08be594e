import { z } from 'zod';
import { PublishedPage } from '../audits/auditPlan';
import { IsoDate } from '../calendar/calendarDate';
import { ReviewPeriod } from './reviewPeriod';
import { ReviewConclusion, ReviewDecisionType } from './reviewOutputs';
import { StandingAgendaItem } from './planning/reviewPlan';

export const ReviewAttendee = z.object({
  name: z.string().trim().min(1, 'Name the attendee').max(200),
  /** e.g. CEO, ISMS manager, head of QA. */
  role: z.string().trim().max(200).default(''),
  accountId: z.string().trim().max(128).nullable().default(null),
});
export type ReviewAttendee = z.infer<typeof ReviewAttendee>;

/**
 * A management review (ISO 27001 9.3): the period it looks back on, its Confluence page (built
 * from the review macros), and what the meeting recorded. Top management approves the minutes by
 * signing the record (meaning `approved`). Decisions are `reviewDecision` records of their own.
 */
export const ManagementReviewRecord = z.object({
  title: z.string().trim().min(1, 'Give the review a title').max(200),
  period: ReviewPeriod,
  /** The review before this one, whose decisions the "previous actions" input reports on. */
  previousReviewId: z.string().nullable(),
  page: PublishedPage.nullable(),
  heldOn: IsoDate.nullable(),
  attendees: z.array(ReviewAttendee).max(50),
  minutes: z.string().trim().max(20000),
  createdBy: z.string().min(1),
  createdAt: z.string().min(1),
  /*
   * Both absent on reviews recorded before they existed, and left absent rather than defaulted:
   * a member added on reading would change the hash of content signed before, breaking the binding.
   */
  /** The organisation's standing agenda items when the review was created (after 9.3.2 a–g). */
  standingItems: z.array(StandingAgendaItem).max(20).optional(),
  /** The conclusion on suitability, adequacy and effectiveness; absent or null: none recorded yet. */
  conclusion: ReviewConclusion.nullable().optional(),
});
export type ManagementReviewRecord = z.infer<typeof ManagementReviewRecord>;

/** A decision of a review (9.3.3): an action with an owner and a due date, raised as a Jira issue. */
export const ReviewDecisionRecord = z.object({
  reviewId: z.string().min(1),
  /** 1, 2, 3… in the order recorded: the id is `reviewDecisionId(reviewId, number)`. */
  number: z.number().int().min(1),
  /** Decisions recorded before types read as `other` (decisions are never signed, so a default is safe). */
  type: ReviewDecisionType.default('other'),
  text: z.string().trim().min(1, 'Write the decision').max(2000, 'The decision is at most 2000 characters'),
  ownerId: z.string().trim().min(1, 'Choose the owner').max(128),
  /** The owner's display name when the decision was recorded, printed by the macros without asking Jira. */
  ownerName: z.string().max(255).optional(),
  dueDate: IsoDate,
  recordedBy: z.string().min(1),
  recordedAt: z.string().min(1),
});
export type ReviewDecisionRecord = z.infer<typeof ReviewDecisionRecord>;

export const reviewDecisionId = (reviewId: string, number: number) => `${reviewId}:d${number}`;
