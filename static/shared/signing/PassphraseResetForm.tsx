import Button from '@atlaskit/button/new';
import { Box, Inline, Stack } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { type FormEvent, useState } from 'react';
import type { ResolverError } from '../../../src/contract';
import { shownUnderAField } from '../fieldMessage';
import { callResolver } from '../invokeClient';
import { TextInputField } from '../forms/TextInputField';

type Outcome = { kind: 'reset'; accountId: string } | { kind: 'failed'; error: ResolverError };

/**
 * A programme manager resets someone's signing passphrase (forgotten, or perhaps known to someone
 * else): it stops working at once and its owner must set a new one. The reason goes in the trail.
 */
export function PassphraseResetForm() {
  const [accountId, setAccountId] = useState('');
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [saving, setSaving] = useState(false);
  const error = outcome?.kind === 'failed' ? outcome.error : null;

  const reset = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const target = accountId.trim();
    const result = await callResolver('resetSigningPassphrase', { accountId: target, reason: reason.trim() });
    setSaving(false);
    if (result.ok) {
      setOutcome({ kind: 'reset', accountId: target });
      setAccountId('');
      setReason('');
    } else {
      setOutcome({ kind: 'failed', error: result.error });
    }
  };

  return (
    <form
      onSubmit={(event) => void reset(event)}
      noValidate
      data-testid="passphrase-reset-form"
      style={{ maxWidth: '32rem' }}
    >
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
        {outcome ? (
          <Box testId="passphrase-reset-message">
            {outcome.kind === 'reset' ? (
              <SectionMessage appearance="success" title="Passphrase reset">
                The signing passphrase of account {outcome.accountId} no longer works. Its owner must set a new one
                before signing again.
              </SectionMessage>
            ) : (
              <SectionMessage appearance="error" title="The passphrase was not reset">
                {outcome.error.message}
                {shownUnderAField(outcome.error, ['accountId', 'reason']) ? ' (see the field marked above)' : ''}
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
