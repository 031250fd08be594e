import Button from '@atlaskit/button/new';
import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { ResolverError, SignatureMeaning, SignatureView } from '../../../src/contract';
import { ModalDialog } from '../components/ModalDialog';
import { errorIsAbout } from '../fieldMessage';
import { formatLocalExact, formatUtc, humaniseTimes } from '../formatTimestamp';
import { callResolver } from '../invokeClient';
import { signatureMeaningWords } from './meaningWords';
import { FormDialog } from '../forms/FormDialog';
import { passphraseMissing, SigningPassphraseField, takePassphrase } from './SigningPassphraseField';

export interface SigningDialogProps {
  recordType: string;
  recordId: string;
  recordVersion: number;
  meaning: SignatureMeaning;
  /** What the record is called for people, e.g. "Programme settings" (the version is added). */
  recordTitle: string;
  /** The server recorded the signature; this is it as the server shows it. */
  onSigned: (signature: SignatureView) => void;
  onClose: () => void;
  /** After every answer to a signing attempt, signed or not (a wrong passphrase changes the signing status). */
  onAttempt?: () => void;
}

type Step = { kind: 'asking'; error: ResolverError | null } | { kind: 'signed'; signature: SignatureView };

function failureTitle(error: ResolverError): string {
  if (error.code === 'forbidden') return 'You cannot sign this now';
  if (error.code === 'conflict') return 'This version cannot be signed';
  if (error.code === 'not_found') return 'The record is not there';
  return 'The signature was not recorded';
}

/**
 * Signs one version of one record with a meaning (21 CFR 11.50, 11.200): says in words what is
 * signed, asks for the signing passphrase and sends it once. The passphrase never enters React
 * state: it is read from the field on submit and the field is emptied at once.
 */
export function SigningDialog({
  recordType,
  recordId,
  recordVersion,
  meaning,
  recordTitle,
  onSigned,
  onClose,
  onAttempt,
}: SigningDialogProps) {
  const passphraseRef = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'asking', error: null });
  const [signing, setSigning] = useState(false);
  const what = `${recordTitle}, version ${recordVersion}`;

  // After a refusal the (emptied) passphrase field has the focus again, ready for another try.
  useEffect(() => {
    if (step.kind === 'asking' && step.error && !signing) passphraseRef.current?.focus();
  }, [step, signing]);

  const sign = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signing || step.kind !== 'asking') return;
    const passphrase = takePassphrase(passphraseRef);
    if (!passphrase) {
      setStep({ kind: 'asking', error: passphraseMissing });
      return;
    }
    setSigning(true);
    const result = await callResolver('signRecord', { recordType, recordId, recordVersion, meaning, passphrase });
    setSigning(false);
    onAttempt?.();
    if (result.ok) {
      setStep({ kind: 'signed', signature: result.value });
      onSigned(result.value);
    } else {
      setStep({ kind: 'asking', error: result.error });
    }
  };

  if (step.kind === 'signed') {
    const { signature } = step;
    return (
      <ModalDialog
        title="Signed"
        onClose={onClose}
        testId="signing-dialog"
        footer={
          <Button appearance="primary" onClick={onClose} testId="signing-done" autoFocus>
            Done
          </Button>
        }
      >
        <SectionMessage appearance="success" title={`You signed ${what}`} testId="signing-done-message">
          <Stack space="space.050">
            <Text as="p">
              <Text weight="semibold">{signature.signerName}</Text> signed as: {signature.meaningWords}
            </Text>
            <Text as="p">
              {formatUtc(signature.signedAt)} ({formatLocalExact(signature.signedAt)} your time)
            </Text>
          </Stack>
        </SectionMessage>
      </ModalDialog>
    );
  }

  const { error } = step;
  const fieldError = error && errorIsAbout(error, 'passphrase') ? humaniseTimes(error.message) : undefined;
  return (
    <FormDialog
      title="Sign this record"
      testId="signing-dialog"
      busy={signing}
      onClose={onClose}
      onSubmit={(event) => void sign(event)}
      submit={{ label: 'Sign', testIds: ['signing-cancel', 'signing-submit'] }}
    >
      <Stack space="space.200">
        <Text as="p" testId="signing-summary">
          You are signing <em>{what}</em> as: <strong>{signatureMeaningWords[meaning]}</strong>
        </Text>
        <Text as="p" color="color.text.subtle" size="small">
          Your electronic signature is the legally binding equivalent of your handwritten signature. It is recorded with
          your name, the date and time and this meaning, and bound to this exact version of the record.
        </Text>
        {error && !fieldError ? (
          <SectionMessage
            appearance={error.code === 'conflict' ? 'warning' : 'error'}
            title={failureTitle(error)}
            testId="signing-failure"
          >
            <Text as="p">{humaniseTimes(error.message)}</Text>
          </SectionMessage>
        ) : null}
        <SigningPassphraseField
          id="signing-passphrase"
          inputRef={passphraseRef}
          helper="The passphrase you set under “My signing passphrase”."
          error={fieldError}
          errorTestId="signing-error"
          autoFocus
          isDisabled={signing}
        />
      </Stack>
    </FormDialog>
  );
}
