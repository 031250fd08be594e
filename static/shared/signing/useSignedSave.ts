import { type FormEvent, type RefObject, useRef } from 'react';
import type { Result } from '../../../src/contract';
import { fieldMessage } from '../fieldMessage';
import { humaniseTimes } from '../formatTimestamp';
import { type Save, useSave } from '../forms/useSave';
import { takePassphrase } from './SigningPassphraseField';

export interface SignedSave extends Save {
  /** The passphrase input: read once on submit and emptied, so the passphrase never enters React state. */
  passphraseRef: RefObject<HTMLInputElement | null>;
  /** The complaint about the passphrase, its times in the reader's words, or none. */
  passphraseError: string | undefined;
  /** A submit handler that takes the passphrase from its field and runs the signed call once. */
  signOnSubmit: <T>(
    call: (passphrase: string) => Promise<Result<T>>,
    onSigned: (value: T) => void,
  ) => (event: FormEvent<HTMLFormElement>) => void;
}

/**
 * The save of a form that signs what it records (a plan approval, an exemption, an extension):
 * one place for how the passphrase is taken and how its refusal reads.
 */
export function useSignedSave(): SignedSave {
  const save = useSave();
  const passphraseRef = useRef<HTMLInputElement>(null);
  const signOnSubmit: SignedSave['signOnSubmit'] = (call, onSigned) => (event) => {
    event.preventDefault();
    if (save.saving) return;
    const passphrase = takePassphrase(passphraseRef);
    void save.run(() => call(passphrase), { onSaved: onSigned });
  };
  const passphraseError = fieldMessage(save.error, 'passphrase') ? humaniseTimes(save.error!.message) : undefined;
  return { ...save, passphraseRef, passphraseError, signOnSubmit };
}
