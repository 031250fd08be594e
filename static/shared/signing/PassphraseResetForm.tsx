import Button from '@atlaskit/button/new';
import { Box, Inline, Stack } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { type FormEvent, useState } from 'react';
import { shownUnderAField } from '../fieldMessage';
import { callResolver } from '../invokeClient';
import { TextInputField } from '../forms/TextInputField';
import { useSave } from '../forms/useSave';

/**
 * A programme manager resets someone's signing passphrase (forgotten, or perhaps known to someone
 * else): it stops working at once and its owner must set a new one. The reason goes in the trail.
 */
export function PassphraseResetForm() {
  const [accountId, setAccountId] = useState('');
  const [reason, setReason] = useState('');
  // The account last reset, for the success message (the field is emptied for the next one).
  const [resetAccount, setResetAccount] = useState('');
  const { saving, error, saved, run } = useSave();

  const reset = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = accountId.trim();
    void run(() => callResolver('resetSigningPassphrase', { accountId: target, reason: reason.trim() }), {
      onSaved: () => {
        setResetAccount(target);
        setAccountId('');
        setReason('');
      },
    });
  };

  return (
    <form onSubmit={reset} noValidate data-testid="passphrase-reset-form" style={{ maxWidth: '32rem' }}>
      <Stack space="space.200">
        <TextInputField
          id="passphrase-reset-account"
          label="Atlassian account id"
          helper="The account whose signing passphrase stops working now."
          isRequired
          path="accountId"
          error={error}
          value={accountId}
          onChange={setAccountId}
          name="accountId"
        />
        <TextInputField
          id="passphrase-reset-reason"
          label="Reason"
          helper="Recorded in the audit trail with the reset."
          isRequired
          path="reason"
          error={error}
          value={reason}
          onChange={setReason}
          name="reason"
        />
        {saved || error ? (
          <Box testId="passphrase-reset-message">
            {error ? (
              <SectionMessage appearance="error" title="The passphrase was not reset">
                {error.message}
                {shownUnderAField(error, ['accountId', 'reason']) ? ' (see the field marked above)' : ''}
              </SectionMessage>
            ) : (
              <SectionMessage appearance="success" title="Passphrase reset">
                The signing passphrase of account {resetAccount} no longer works. Its owner must set a new one before
                signing again.
              </SectionMessage>
            )}
          </Box>
        ) : null}
        <Inline>
          <Button type="submit" isLoading={saving} testId="passphrase-reset-submit">
            Reset passphrase
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
