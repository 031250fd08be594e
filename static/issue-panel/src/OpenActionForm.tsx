import type { CorrectiveActionView } from '../../../src/contract';
import { type ActionOpeningWords, ActionOpeningForm } from './ActionOpeningForm';

interface OpenActionFormProps {
  findingIds: string[];
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

/**
 * Opens the corrective action for the nonconformity on this issue, starting with the correction
 * (what was done at once to contain it). The app raises the action's own issue, linked to this one.
 */
export function OpenActionForm({ findingIds, onOpened }: OpenActionFormProps) {
  return <ActionOpeningForm findingIds={findingIds} words={words} onOpened={onOpened} />;
}
