import Textfield from '@atlaskit/textfield';
import type { RefObject } from 'react';

interface PassphraseInputProps {
  /** The input's id and test id. */
  id: string;
  inputRef: RefObject<HTMLInputElement | null>;
  invalid: boolean;
  autoFocus?: boolean;
  isDisabled?: boolean;
}

/** A masked, uncontrolled passphrase field the browser does not offer to fill or remember. */
export function PassphraseInput({ id, inputRef, invalid, ...state }: PassphraseInputProps) {
  return (
    <Textfield
      id={id}
      ref={inputRef}
      name={id}
      type="password"
      autoComplete="off"
      isInvalid={invalid}
      testId={id}
      {...state}
    />
  );
}
