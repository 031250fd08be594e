import { RefusableInlineForm, type RefusableInlineFormProps } from '../forms/RefusableInlineForm';
import { SigningPassphraseField } from './SigningPassphraseField';
import type { SignedSave } from './useSignedSave';

interface SignedInlineFormProps extends Omit<RefusableInlineFormProps, 'save'> {
  signing: SignedSave;
  /** The passphrase input's id and what signing here means. */
  passphrase: { id: string; helper: string };
}

/** A signed form's own words: those of any inline form, and its passphrase input's id and what signing means. */
export type SignedFormWords = Pick<SignedInlineFormProps, 'testId' | 'submit' | 'refusal' | 'passphrase'>;

/**
 * An inline form that ends in a signature: its fields, the signing passphrase, why the last
 * submit was refused, then the one submit button.
 */
export function SignedInlineForm({ signing, passphrase, children, ...form }: SignedInlineFormProps) {
  return (
    <RefusableInlineForm save={signing} {...form}>
      {children}
      <SigningPassphraseField
        id={passphrase.id}
        inputRef={signing.passphraseRef}
        helper={passphrase.helper}
        error={signing.passphraseError}
      />
    </RefusableInlineForm>
  );
}
