import type { CorrectiveActionView, TrackedIssueView } from '../../../../src/contract';

type TrackedIssueState = TrackedIssueView['state'];
type CorrectiveActionState = CorrectiveActionView['action']['state'];

/** A tracked issue's state in words, with the lozenge that reads as its weight. */
export const issueStateWords: Record<TrackedIssueState, { label: string; appearance: LozengeAppearance }> = {
  queued: { label: 'Queued', appearance: 'default' },
  creating: { label: 'Creating', appearance: 'inprogress' },
  raised: { label: 'Raised', appearance: 'success' },
  linked: { label: 'Linked', appearance: 'success' },
  failed: { label: 'Failed', appearance: 'removed' },
  unlinked: { label: 'Unlinked', appearance: 'moved' },
};

export type LozengeAppearance = 'default' | 'inprogress' | 'success' | 'removed' | 'moved' | 'new';

/** What a corrective action waits for, as its owner reads it. */
export const actionStateWords: Record<CorrectiveActionState, { label: string; appearance: LozengeAppearance }> = {
  rootCause: { label: 'Root cause', appearance: 'new' },
  extent: { label: 'Extent', appearance: 'new' },
  plan: { label: 'Action plan', appearance: 'inprogress' },
  implementation: { label: 'Implementation', appearance: 'inprogress' },
  verification: { label: 'Verification', appearance: 'moved' },
  closed: { label: 'Closed', appearance: 'success' },
};

export const daysWord = (days: number) => (days === 1 ? '1 day' : `${days} days`);
