import Button from '@atlaskit/button/new';
import type { ReactNode } from 'react';

interface DialogFooterProps {
  /** Closes the dialog without saving. */
  onCancel: () => void;
  /** While true the cancel button is off and the submit button spins. */
  busy: boolean;
  /** The submit button's words, e.g. "Save area" or "Sign". */
  submitLabel: ReactNode;
  /** Test ids of the two buttons, kept as the browser tests know them. */
  cancelTestId: string;
  submitTestId: string;
  /** "warning" for a step that overrides a rule; "primary" otherwise. */
  appearance?: 'primary' | 'warning';
  isSubmitDisabled?: boolean;
}

/** Cancel and the form's submit button, as every edit dialog ends. */
export function DialogFooter({
  onCancel,
  busy,
  submitLabel,
  cancelTestId,
  submitTestId,
  appearance = 'primary',
  isSubmitDisabled,
}: DialogFooterProps) {
  return (
    <>
      <Button appearance="subtle" onClick={onCancel} isDisabled={busy} testId={cancelTestId}>
        Cancel
      </Button>
      <Button
        type="submit"
        appearance={appearance}
        isLoading={busy}
        isDisabled={isSubmitDisabled}
        testId={submitTestId}
      >
        {submitLabel}
      </Button>
    </>
  );
}
