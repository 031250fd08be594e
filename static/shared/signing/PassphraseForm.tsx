import Button from '@atlaskit/button/new';
import { Box, Inline, Stack } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { type FormEvent, type RefObject, useRef, useState } from 'react';
import type { ResolverError, SigningStatus } from '../../../src/contract';
import { FieldBlock } from '../components/FieldBlock';
import { errorIsAbout } from '../fieldMessage';
import { humaniseTimes } from '../formatTimestamp';
import { callResolver } from '../invokeClient';
import { PassphraseInput } from './PassphraseInput';

/** The passphrase policy's minimum (src/domain/signing/passphrasePolicy.ts), checked here first. */
export const MIN_PASSPHRASE_LENGTH = 12;

type Field = 'currentPassphrase' | 'newPassphrase' | 'confirmPassphrase';
type Outcome = { kind: 'saved'; changed: boolean } | { kind: 'failed'; error: ResolverError };

interface PassphraseFormProps {
  status: SigningStatus;
  onSaved: (status: SigningStatus) => void;
}

function clearFields(refs: Array<RefObject<HTMLInputElement | null>>): void {
  for (const ref of refs) if (ref.current) ref.current.value = '';
}

/**
 * Sets the caller's signing passphrase (the first time, or after a reset) or changes it (which
 * needs the current one). Passphrases stay in the fields, never in React state, and the fields are
 * emptied as soon as they are sent.
 */
export function PassphraseForm({ status, onSaved }: PassphraseFormProps) {
  const changing = status.status === 'active';
  const currentRef = useRef<HTMLInputElement>(null);
  const newRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [saving, setSaving] = useState(false);

  const error = outcome?.kind === 'failed' ? outcome.error : null;
  const messageFor = (field: Field) => (errorIsAbout(error, field) ? error?.message : undefined);
  const fail = (field: Field, message: string, ref: RefObject<HTMLInputElement | null>) => {
    setOutcome({ kind: 'failed', error: { code: 'invalid_input', field, message } });
    ref.current?.focus();
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const currentPassphrase = currentRef.current?.value ?? '';
    const newPassphrase = newRef.current?.value ?? '';
    const confirmation = confirmRef.current?.value ?? '';
    if (changing && !currentPassphrase)
      return fail('currentPassphrase', 'Enter your current signing passphrase', currentRef);
    if (newPassphrase.length < MIN_PASSPHRASE_LENGTH)
      return fail('newPassphrase', `A signing passphrase has at least ${MIN_PASSPHRASE_LENGTH} characters`, newRef);
    if (confirmation !== newPassphrase)
      return fail('confirmPassphrase', 'The two new passphrases are not the same', confirmRef);
    clearFields([currentRef, newRef, confirmRef]);
    setSaving(true);
    const result = await callResolver(
      'setSigningPassphrase',
      changing ? { newPassphrase, currentPassphrase } : { newPassphrase },
    );
    setSaving(false);
    if (result.ok) {
      setOutcome({ kind: 'saved', changed: changing });
      onSaved(result.value);
    } else {
      setOutcome({ kind: 'failed', error: result.error });
    }
  };

  // Anything no visible field shows under itself goes in the message below the form.
  const shownFields: Field[] = changing
    ? ['currentPassphrase', 'newPassphrase', 'confirmPassphrase']
    : ['newPassphrase', 'confirmPassphrase'];
  const general = error && !shownFields.some((field) => errorIsAbout(error, field));
  return (
    <form onSubmit={save} noValidate data-testid="passphrase-form" style={{ maxWidth: '32rem' }}>
      <Stack space="space.200">
        {changing ? (
          <FieldBlock
            htmlFor="passphrase-current"
            label="Current passphrase"
            error={messageFor('currentPassphrase')}
            isRequired
          >
            <PassphraseInput
              id="passphrase-current"
              inputRef={currentRef}
              invalid={Boolean(messageFor('currentPassphrase'))}
            />
          </FieldBlock>
        ) : null}
        <FieldBlock
          htmlFor="passphrase-new"
          label={changing ? 'New passphrase' : 'Passphrase'}
          helper={`At least ${MIN_PASSPHRASE_LENGTH} characters. Known only to you: nobody, not even an administrator, can read it.`}
          error={messageFor('newPassphrase')}
          isRequired
        >
          <PassphraseInput id="passphrase-new" inputRef={newRef} invalid={Boolean(messageFor('newPassphrase'))} />
        </FieldBlock>
        <FieldBlock
          htmlFor="passphrase-confirm"
          label={changing ? 'New passphrase again' : 'Passphrase again'}
          error={messageFor('confirmPassphrase')}
          isRequired
        >
          <PassphraseInput
            id="passphrase-confirm"
            inputRef={confirmRef}
            invalid={Boolean(messageFor('confirmPassphrase'))}
          />
        </FieldBlock>
        {outcome && (outcome.kind === 'saved' || general) ? (
          <Box testId="passphrase-message">
            {outcome.kind === 'saved' ? (
              <SectionMessage appearance="success" title={outcome.changed ? 'Passphrase changed' : 'Passphrase set'}>
                Your signing passphrase is ready to use. Use it only to sign, and tell nobody.
              </SectionMessage>
            ) : (
              <SectionMessage appearance="error" title="The passphrase was not saved">
                {humaniseTimes(outcome.error.message)}
              </SectionMessage>
            )}
          </Box>
        ) : null}
        <Inline>
          <Button type="submit" appearance="primary" isLoading={saving} testId="passphrase-save">
            {changing ? 'Change passphrase' : 'Set passphrase'}
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
