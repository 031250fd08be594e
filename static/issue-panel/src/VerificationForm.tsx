import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { type FormEvent, useRef, useState } from 'react';
import type { CorrectiveActionView } from '../../../src/contract';
import { DialogSaveError } from '../../shared/components/DialogSaveError';
import { FieldBlock } from '../../shared/components/FieldBlock';
import { fieldMessage } from '../../shared/fieldMessage';
import { humaniseTimes } from '../../shared/formatTimestamp';
import { callResolver } from '../../shared/invokeClient';
import { TextAreaField } from '../../shared/forms/TextAreaField';
import { useSave } from '../../shared/forms/useSave';
import { SigningPassphraseField, takePassphrase } from '../../shared/signing/SigningPassphraseField';

type Result = 'effective' | 'notEffective';

interface VerificationFormProps {
  view: CorrectiveActionView;
  onVerified: (view: CorrectiveActionView) => void;
}

/**
 * The effectiveness verification, signed with meaning "verified". Only someone who neither
 * implemented the action nor is its assignee sees this form (the server checks it again). The
 * passphrase never enters React state: it is read from the field on submit and the field emptied.
 */
export function VerificationForm({ view, onVerified }: VerificationFormProps) {
  const [result, setResult] = useState<Result | null>(null);
  const [note, setNote] = useState('');
  const { saving, error, run, setError } = useSave();
  const passphraseRef = useRef<HTMLInputElement>(null);

  const verify = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    if (!result) {
      setError({ code: 'invalid_input', field: 'result', message: 'Choose effective or not effective' });
      return;
    }
    const passphrase = takePassphrase(passphraseRef);
    void run(
      () =>
        callResolver('verifyCorrectiveAction', {
          correctiveActionId: view.id,
          expectedVersion: view.version,
          result,
          note,
          passphrase,
        }),
      { onSaved: onVerified },
    );
  };

  const resultError = fieldMessage(error, 'result');
  const noteError = fieldMessage(error, 'note');
  const passphraseError = error && fieldMessage(error, 'passphrase') ? humaniseTimes(error.message) : undefined;
  return (
    <form onSubmit={verify} data-testid="panel-verify-form" noValidate>
      <Stack space="space.150">
        <Heading size="xsmall">Verify effectiveness</Heading>
        <Text color="color.text.subtle">
          Check that the cause is gone and the nonconformity has not come back. “Effective” lets the issue close; “not
          effective” sends the action back to planning.
        </Text>
        <FieldBlock htmlFor="panel-verify-result" label="Result" error={resultError} isRequired>
          <Inline space="space.200" role="radiogroup" aria-label="Result" testId="panel-verify-result">
            {(['effective', 'notEffective'] as const).map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name="panel-verify-result"
                  id={value === 'effective' ? 'panel-verify-result' : undefined}
                  value={value}
                  checked={result === value}
                  onChange={() => setResult(value)}
                  data-testid={`panel-verify-${value}`}
                />{' '}
                {value === 'effective' ? 'Effective' : 'Not effective'}
              </label>
            ))}
          </Inline>
        </FieldBlock>
        <TextAreaField
          id="panel-verify-note"
          label="What you checked and found"
          value={note}
          onChange={setNote}
          error={noteError}
          isRequired
        />
        <SigningPassphraseField
          id="panel-verify-passphrase"
          inputRef={passphraseRef}
          helper="You sign this verification (meaning: verified). Your signature is bound to this version of the action."
          error={passphraseError}
        />
        <DialogSaveError
          error={error}
          fieldPaths={['result', 'note', 'passphrase']}
          conflictTitle="The action changed meanwhile"
          conflictHint="Reload the panel and check it again."
          failureTitle="The verification was not recorded"
          testId="panel-verify-failure"
        />
        <Inline>
          <Button type="submit" appearance="primary" isLoading={saving} testId="panel-verify-save">
            Sign verification
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
