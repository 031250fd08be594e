import type { TrackedIssueView } from '../../../../src/contract';
import type { LozengeWord } from '../../../shared/words/lozengeWord';

export { actionStateWords } from '../../../shared/words/actionStates';

type TrackedIssueState = TrackedIssueView['state'];

/** A tracked issue's state in words, with the lozenge that reads as its weight. */
export const issueStateWords: Record<TrackedIssueState, LozengeWord> = {
  queued: { label: 'Queued', appearance: 'default' },
  creating: { label: 'Creating', appearance: 'inprogress' },
  raised: { label: 'Raised', appearance: 'success' },
  linked: { label: 'Linked', appearance: 'success' },
  failed: { label: 'Failed', appearance: 'removed' },
  unlinked: { label: 'Unlinked', appearance: 'moved' },
};

export const daysWord = (days: number) => (days === 1 ? '1 day' : `${days} days`);
