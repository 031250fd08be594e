import { Stack, Text } from '@atlaskit/primitives';
import { type FormEvent, useState } from 'react';
import type { ResolverError } from '../../../../src/contract';
import { FormDialog } from '../../../shared/forms/FormDialog';
import { FormRefusal } from '../../../shared/forms/FormRefusal';
import { TextAreaField } from '../../../shared/forms/TextAreaField';
import { fieldText } from './fieldText';

interface ReasonDialogProps {
  title: string;
  explanation: string;
  confirmLabel: string;
  minLength: number;
  /** Sends the reason; answers the refusal, or null when done. */
  onConfirm: (reason: string) => Promise<ResolverError | null>;
  onClose: () => void;
  testId: string;
}

/** Asks for the written reason an action needs (it goes in the audit trail), then does it. */
export function ReasonDialog({
  title,
  explanation,
  confirmLabel,
  minLength,
  onConfirm,
  onClose,
  testId,
}: ReasonDialogProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (reason.trim().length < minLength) {
      setError({ code: 'invalid_input', field: 'reason', message: `Write at least ${minLength} characters` });
      return;
    }
    setBusy(true);
    const refusal = await onConfirm(reason.trim());
    setBusy(false);
    if (refusal) setError(refusal);
    else onClose();
  };

  const reasonError = fieldText(error, 'reason');
  return (
    <FormDialog
      title={title}
      testId={testId}
      busy={busy}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      submit={{ label: confirmLabel, testIds: [`${testId}-cancel`, `${testId}-confirm`] }}
    >
      <Stack space="space.200">
        <Text as="p">{explanation}</Text>
        <TextAreaField
          id={`${testId}-reason`}
          label="Reason"
          helper="Recorded in the audit trail."
          value={reason}
          onChange={setReason}
          error={reasonError}
          isRequired
        />
        <FormRefusal error={error} fieldPaths={['reason']} title="Nothing was changed" testId={`${testId}-failure`} />
      </Stack>
    </FormDialog>
  );
}
