import Button from '@atlaskit/button/new';
import { ButtonsWithHint } from '../../../shared/components/ButtonsWithHint';

interface RaiseButtonsProps {
  /** Findings that have no issue and none on its way. */
  raisable: number;
  selected: number;
  /** A job is running, or a request is under way. */
  isBusy: boolean;
  /** Jira settings are saved: raising can work. */
  isConfigured: boolean;
  onRaiseAll: () => void;
  onRaiseSelected: () => void;
}

/** Raise all of the audit's findings without an issue, or only those ticked. */
export function RaiseButtons({
  raisable,
  selected,
  isBusy,
  isConfigured,
  onRaiseAll,
  onRaiseSelected,
}: RaiseButtonsProps) {
  return (
    <ButtonsWithHint
      hint={
        raisable === 0
          ? 'Every finding has its Jira issue (or one is on its way).'
          : 'Each finding becomes one Jira issue with its grade, clause and due date; raising again never makes a second.'
      }
    >
      <Button
        appearance="primary"
        onClick={onRaiseAll}
        isDisabled={!isConfigured || raisable === 0 || isBusy}
        testId="raise-all"
      >
        {raisable === 0 ? 'Raise all' : `Raise all (${raisable})`}
      </Button>
      <Button onClick={onRaiseSelected} isDisabled={!isConfigured || selected === 0 || isBusy} testId="raise-selected">
        {selected === 0 ? 'Raise selected' : `Raise selected (${selected})`}
      </Button>
    </ButtonsWithHint>
  );
}
