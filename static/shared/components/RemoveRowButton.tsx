import Button from '@atlaskit/button/new';

interface RemoveRowButtonProps {
  onRemove: () => void;
  testId?: string;
}

/** "Remove" beside one row of a list the reader edits (an attendee, an input's entry, an evidence link). */
export function RemoveRowButton({ onRemove, testId }: RemoveRowButtonProps) {
  return (
    <Button appearance="subtle" spacing="compact" onClick={onRemove} testId={testId}>
      Remove
    </Button>
  );
}
