import type { RefObject } from 'react';
import type { ResolverError } from '../../../src/contract';
import { FieldBlock } from '../components/FieldBlock';
import { PassphraseInput } from './PassphraseInput';

interface SigningPassphraseFieldProps {
  /** The input's id and test id. */
  id: string;
  inputRef: RefObject<HTMLInputElement | null>;
  /** The complaint about the passphrase, in the form's own words. */
  error: string | undefined;
  errorTestId?: string;
  helper?: string;
  autoFocus?: boolean;
  isDisabled?: boolean;
}

/** "Your signing passphrase": the field every signature (a record, a report, a verification, an override) asks for. */
export function SigningPassphraseField({
  id,
  inputRef,
  error,
  autoFocus,
  isDisabled,
  ...block
}: SigningPassphraseFieldProps) {
  return (
    <FieldBlock htmlFor={id} label="Your signing passphrase" error={error} isRequired {...block}>
      <PassphraseInput
        id={id}
        inputRef={inputRef}
        invalid={Boolean(error)}
        autoFocus={autoFocus}
        isDisabled={isDisabled}
      />
    </FieldBlock>
  );
}

/** What to say when the passphrase field is left empty. */
export const passphraseMissing: ResolverError = {
  code: 'invalid_input',
  field: 'passphrase',
  message: 'Enter your signing passphrase',
};

/**
 * The passphrase typed in the field, which is emptied at once: the passphrase is sent once and
 * never kept in the page's state.
 */
export function takePassphrase(inputRef: RefObject<HTMLInputElement | null>): string {
  const field = inputRef.current;
  const passphrase = field?.value ?? '';
  if (field) field.value = '';
  return passphrase;
}
