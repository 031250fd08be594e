import Button from '@atlaskit/button/new';
import { Box, Inline, Stack } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { type FormEvent, type RefObject, useRef, useState } from 'react';
import type { SigningStatus } from '../../../src/contract';
import { FieldBlock } from '../components/FieldBlock';
import { useSave } from '../forms/useSave';
import { errorIsAbout, fieldMessage } from '../fieldMessage';
import { humaniseTimes } from '../formatTimestamp';
import { callResolver } from '../invokeClient';
import { PassphraseInput } from './PassphraseInput';

/** The passphrase policy's minimum (src/domain/signing/passphrasePolicy.ts), checked here first. */
export const MIN_PASSPHRASE_LENGTH = 12;

type Field = 'currentPassphrase' | 'newPassphrase' | 'confirmPassphrase';

/** One passphrase field: what the backend calls it, its input, and the words above and under it. */
interface PassphraseField {
  field: Field;
  id: string;
  label: string;
  helper?: string;
  ref: RefObject<HTMLInputElement | null>;
}
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
  const { saving, error, saved, run, setError } = useSave();
  // Whether the last save changed a passphrase or set the first one (the status has moved on since).
  const [changed, setChanged] = useState(false);

  const messageFor = (field: Field) => fieldMessage(error, field);
  const fail = (field: Field, message: string, ref: RefObject<HTMLInputElement | null>) => {
    setError({ code: 'invalid_input', field, message });
    ref.current?.focus();
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
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
    void run(
      () => callResolver('setSigningPassphrase', changing ? { newPassphrase, currentPassphrase } : { newPassphrase }),
      {
        onSaved: (status) => {
          setChanged(changing);
          onSaved(status);
        },
      },
    );
  };

  // The three fields, each under its label; setting a first passphrase has no current one.
  const fields: PassphraseField[] = [
    ...(changing
      ? [
          {
            field: 'currentPassphrase' as const,
            id: 'passphrase-current',
            label: 'Current passphrase',
            ref: currentRef,
          },
        ]
      : []),
    {
      field: 'newPassphrase',
      id: 'passphrase-new',
      label: changing ? 'New passphrase' : 'Passphrase',
      helper: `At least ${MIN_PASSPHRASE_LENGTH} characters. Known only to you: nobody, not even an administrator, can read it.`,
      ref: newRef,
    },
    {
      field: 'confirmPassphrase',
      id: 'passphrase-confirm',
      label: changing ? 'New passphrase again' : 'Passphrase again',
      ref: confirmRef,
    },
  ];
  // Anything no visible field shows under itself goes in the message below the form.
  const general = error && !fields.some(({ field }) => errorIsAbout(error, field));
  return (
    <form onSubmit={save} noValidate data-testid="passphrase-form" style={{ maxWidth: '32rem' }}>
      <Stack space="space.200">
        {fields.map(({ field, id, label, helper, ref }) => (
          <FieldBlock key={id} htmlFor={id} label={label} helper={helper} error={messageFor(field)} isRequired>
            <PassphraseInput id={id} inputRef={ref} invalid={Boolean(messageFor(field))} />
          </FieldBlock>
        ))}
        {general || (saved && !error) ? (
          <Box testId="passphrase-message">
            {error ? (
              <SectionMessage appearance="error" title="The passphrase was not saved">
                {humaniseTimes(error.message)}
              </SectionMessage>
            ) : (
              <SectionMessage appearance="success" title={changed ? 'Passphrase changed' : 'Passphrase set'}>
                Your signing passphrase is ready to use. Use it only to sign, and tell nobody.
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
