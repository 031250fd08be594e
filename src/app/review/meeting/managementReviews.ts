/**
 * Management reviews (ISO 27001 9.3): the use cases the resolver routes to, one file each.
 * create → the record and its Confluence page; the meeting (held on, attendees, minutes) and the
 * entered inputs; decisions and their raising as Jira issues; listing and reading a review.
 */
export { createManagementReview } from './createReview';
export { getManagementReview, listManagementReviews } from './listReviews';
export { saveReviewInput, saveReviewMeeting } from './reviewMeeting';
export { addReviewDecision, raiseReviewDecisions } from './reviewDecisions';
export { getReviewPlan, saveReviewPlan } from '../planning/reviewPlanning';
