import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { type FormEvent, useRef, useState } from 'react';
import type { CorrectiveActionView } from '../../../src/contract';
import { fieldMessage } from '../../shared/fieldMessage';
import { callResolver } from '../../shared/invokeClient';
import { FormRefusal } from '../../shared/forms/FormRefusal';
import { TextAreaField } from '../../shared/forms/TextAreaField';
import { SigningPassphraseField } from '../../shared/signing/SigningPassphraseField';
import { useSignedSave } from '../../shared/signing/useSignedSave';

type Extension = CorrectiveActionView['extensions'][number];
type Decision = 'approved' | 'refused';

const fieldPaths = ['note', 'passphrase', 'decision'] as const;

/**
 * A programme manager who did not ask for it decides a pending extension: approving signs it
 * (meaning "approved") and moves the controlled due date; refusing needs a reason and moves
 * nothing. The passphrase never enters React state.
 */
export function ExtensionDecisionForm({
  extension,
  onDecided,
}: {
  extension: Extension;
  onDecided: (view: CorrectiveActionView) => void;
}) {
  const [note, setNote] = useState('');
  const signing = useSignedSave();
  const { saving, error, passphraseRef, passphraseError } = signing;
  // Which button submitted the form: Enter in a field means approve, the form's first button.
  const choice = useRef<Decision>('approved');

  const decide = (event: FormEvent<HTMLFormElement>) => {
    const decision = choice.current;
    signing.signOnSubmit(
      (passphrase) =>
        callResolver('decideDueDateExtension', {
          extensionId: extension.id,
          expectedVersion: extension.version,
          decision,
          note,
          ...(decision === 'approved' ? { passphrase } : {}),
        }),
      onDecided,
    )(event);
  };

  const { fromDate, toDate, justification, requestedAt } = extension.extension;
  return (
    <form onSubmit={decide} noValidate data-testid="panel-extension-decide">
      <Stack space="space.150">
        <Text as="p" weight="semibold">
          Decide the extension
        </Text>
        <Text as="p" testId="panel-extension-decide-request">
          {extension.requesterName} asked on {requestedAt.slice(0, 10)} to move the due date from {fromDate} to {toDate}
          : “{justification}”
        </Text>
        <TextAreaField
          id="panel-extension-note"
          label="Note"
          helper="Required when you refuse: say why. Optional when you approve."
          value={note}
          onChange={setNote}
          error={fieldMessage(error, 'note')}
        />
        <SigningPassphraseField
          id="panel-extension-passphrase"
          inputRef={passphraseRef}
          helper="Approving signs the extension (meaning: approved). Refusing needs no signature."
          error={passphraseError}
        />
        <FormRefusal
          error={error}
          title="The extension was not decided"
          fieldPaths={fieldPaths}
          testId="panel-extension-decide-failure"
        />
        <Inline space="space.100">
          <Button
            type="submit"
            appearance="primary"
            isLoading={saving}
            onClick={() => (choice.current = 'approved')}
            testId="panel-extension-approve"
          >
            Approve and sign
          </Button>
          <Button
            type="submit"
            isDisabled={saving}
            onClick={() => (choice.current = 'refused')}
            testId="panel-extension-refuse"
          >
            Refuse
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
