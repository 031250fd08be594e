import type { CorrectiveActionView } from '../../../src/contract';
import { type ActionOpeningWords, ActionOpeningForm } from './ActionOpeningForm';

interface OpenActionFormProps {
  findingIds: string[];
  /** Every action of the nonconformity has closed: this one comes after them. */
  another?: boolean;
  onOpened: (view: CorrectiveActionView) => void;
}

const words: ActionOpeningWords = {
  testId: 'panel-open-action',
  heading: 'Open a corrective action',
  intro:
    'No corrective action answers this nonconformity yet. Say what it will achieve and what was done at once to contain it.',
  start: {
    idSuffix: 'correction',
    label: 'Correction (containment)',
    helper: 'What was done at once to limit the effect, before the cause is found.',
  },
  failureTitle: 'The corrective action was not opened',
  submitLabel: 'Open corrective action',
};

const anotherWords: ActionOpeningWords = {
  ...words,
  testId: 'panel-open-another-action',
  heading: 'Open another corrective action',
  intro:
    'Every corrective action of this nonconformity is closed. If it needs more (the cause showed again, or the first action covered only part of it), open another one: the nonconformity is open again until it closes.',
};

/**
 * Opens the corrective action for the nonconformity on this issue, starting with the correction
 * (what was done at once to contain it). The app raises the action's own issue, linked to this one.
 */
export function OpenActionForm({ findingIds, another = false, onOpened }: OpenActionFormProps) {
  return <ActionOpeningForm findingIds={findingIds} words={another ? anotherWords : words} onOpened={onOpened} />;
}
