import { z } from 'zod';
import { resolver, reason, accountId, expectedVersion, recordId } from './resolverSpec';
import { IsoDate } from '../domain/calendar/calendarDate';
import type { ManagementReviewSummary, ManagementReviewView, ReviewPlanView } from './review';
import { ReviewAttendee } from '../domain/review/managementReview';
import { ReviewConclusion, ReviewDecisionType } from '../domain/review/reviewOutputs';
import { ReviewPlan } from '../domain/review/planning/reviewPlan';
import { EnteredInputKind, ReviewInputEntry } from '../domain/review/reviewInputs';

/** Management reviews (ISO 27001 9.3): meeting, inputs and decisions. */
export const managementReviewResolvers = {
  getReviewPlan: resolver<ReviewPlanView>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'The review interval, next planned review and standing agenda items, and whether a review is due.',
  }),
  saveReviewPlan: resolver<ReviewPlanView>()({
    input: z.object({ plan: ReviewPlan, expectedVersion, reason }).strict(),
    access: ['programmeManager'],
    summary: 'Set the review interval, the next review’s planned day and the standing agenda items (versioned).',
  }),
  createManagementReview: resolver<ManagementReviewView>()({
    input: z
      .object({
        title: z.string().trim().min(1, 'Give the review a title').max(200),
        from: IsoDate,
        to: IsoDate,
      })
      .strict()
      .refine((input) => input.from <= input.to, { message: 'The period ends before it starts', path: ['to'] }),
    access: ['programmeManager'],
    summary: 'Create a management review for a period: its record and its Confluence page from the review template.',
  }),
  listManagementReviews: resolver<{ reviews: ManagementReviewSummary[] }>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'Management reviews, newest period first.',
  }),
  getManagementReview: resolver<ManagementReviewView>()({
    input: z.object({ reviewId: recordId }).strict(),
    access: 'anyAppRole',
    summary: 'One management review: meeting record, entered inputs, decisions with their Jira issues, signatures.',
  }),
  saveReviewMeeting: resolver<ManagementReviewView>()({
    input: z
      .object({
        reviewId: recordId,
        expectedVersion,
        heldOn: IsoDate.nullable(),
        attendees: z.array(ReviewAttendee).max(50),
        minutes: z.string().trim().max(20000, 'The minutes are at most 20,000 characters'),
        /** Left out: the recorded conclusion stays as it is; null: no conclusion recorded. */
        conclusion: ReviewConclusion.nullable().optional(),
        reason,
      })
      .strict(),
    access: ['programmeManager'],
    summary:
      'Record when the review was held, who attended, the minutes and the conclusion on the ISMS (a change after signing needs a reason).',
  }),
  saveReviewInput: resolver<ManagementReviewView>()({
    input: z
      .object({
        reviewId: recordId,
        kind: EnteredInputKind,
        expectedVersion,
        summary: z.string().trim().max(5000).default(''),
        entries: z.array(ReviewInputEntry).max(100),
        reason,
      })
      .strict(),
    access: ['programmeManager'],
    summary: 'The programme manager’s entries for one 9.3.2 input of a review (versioned, in the trail).',
  }),
  addReviewDecision: resolver<ManagementReviewView>()({
    input: z
      .object({
        reviewId: recordId,
        type: ReviewDecisionType.default('other'),
        text: z.string().trim().min(1, 'Write the decision').max(2000),
        ownerId: accountId,
        dueDate: IsoDate,
      })
      .strict(),
    access: ['programmeManager', 'topManagement'],
    summary: 'Record a decision of the review (9.3.3 type) with its owner and due date.',
  }),
  raiseReviewDecisions: resolver<{ jobId: string }>()({
    input: z.object({ reviewId: recordId }).strict(),
    access: ['programmeManager', 'topManagement'],
    summary: "Raise the review's decisions as Jira action issues (the exactly-once raising path of findings).",
  }),
} as const;
