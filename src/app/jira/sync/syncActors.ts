/**
 * Who the trail names for the store writes that keep Jira and the store in step. The app makes
 * them on Jira's word, so they are attributed to the app's sync, not to a person; the history
 * note says what Jira showed.
 */
export const issueEventsActor = 'app:jira-issue-events';
export const reconciliationActor = 'app:jira-reconciliation';
