import Button from '@atlaskit/button/new';
import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { type FormEvent, useState } from 'react';
import type { ResolverError } from '../../../../src/contract';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { ModalDialog } from '../../../shared/components/ModalDialog';
import { fieldText } from './fieldText';
import { TextArea } from '../../../shared/components/TextArea';

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
    <ModalDialog
      title={title}
      onClose={onClose}
      isBusy={busy}
      testId={testId}
      onSubmit={(event) => void submit(event)}
      footer={
        <>
          <Button appearance="subtle" onClick={onClose} isDisabled={busy} testId={`${testId}-cancel`}>
            Cancel
          </Button>
          <Button type="submit" appearance="primary" isLoading={busy} testId={`${testId}-confirm`}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <Stack space="space.200">
        <Text as="p">{explanation}</Text>
        <FieldBlock
          htmlFor={`${testId}-reason`}
          label="Reason"
          helper="Recorded in the audit trail."
          error={reasonError}
          isRequired
        >
          <TextArea
            id={`${testId}-reason`}
            testId={`${testId}-reason`}
            value={reason}
            onChange={setReason}
            isInvalid={Boolean(reasonError)}
          />
        </FieldBlock>
        {error && !reasonError ? (
          <SectionMessage appearance="error" title="Nothing was changed" testId={`${testId}-failure`}>
            {error.message}
          </SectionMessage>
        ) : null}
      </Stack>
    </ModalDialog>
  );
}
