import type { FormEvent, ReactNode } from 'react';
import { ModalDialog } from '../components/ModalDialog';
import { DialogFooter } from './DialogFooter';

/** The submit button of a form dialog: its words, test ids (cancel, submit) and look. */
export interface DialogSubmit {
  label: ReactNode;
  testIds: readonly [cancel: string, submit: string];
  /** "warning" for a step that overrides a rule. */
  appearance?: 'primary' | 'warning';
  isDisabled?: boolean;
}

interface FormDialogProps {
  title: string;
  testId: string;
  /** A save is under way: Escape and Cancel wait, and the submit button spins. */
  busy: boolean;
  onClose: () => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submit: DialogSubmit;
  children: ReactNode;
}

/** An edit dialog: the modal, its form and the Cancel and submit buttons every such dialog ends with. */
export function FormDialog({ title, testId, busy, onClose, onSubmit, submit, children }: FormDialogProps) {
  const [cancelTestId, submitTestId] = submit.testIds;
  const footer = (
    <DialogFooter
      onCancel={onClose}
      busy={busy}
      submitLabel={submit.label}
      cancelTestId={cancelTestId}
      submitTestId={submitTestId}
      appearance={submit.appearance}
      isSubmitDisabled={submit.isDisabled}
    />
  );
  return (
    <ModalDialog title={title} onClose={onClose} isBusy={busy} testId={testId} onSubmit={onSubmit} footer={footer}>
      {children}
    </ModalDialog>
  );
}
