import type { OverdueItem, TrackedIssueView } from '../../../../src/contract';
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

type OverdueKind = OverdueItem['kind'];

/**
 * Which step of a corrective action is late, in words: the plan (due from the policy), the
 * action (its controlled due date) or the effectiveness check (its due day after the waiting period).
 */
export const overdueKindWords: Record<OverdueKind, { step: string; late: string }> = {
  plan: { step: 'Action plan not agreed', late: 'Plan' },
  action: { step: 'Action not implemented', late: 'Action' },
  check: { step: 'Effectiveness check overdue', late: 'Check' },
};

export const daysWord = (days: number) => (days === 1 ? '1 day' : `${days} days`);
