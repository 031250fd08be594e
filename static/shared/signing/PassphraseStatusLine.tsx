import Lozenge from '@atlaskit/lozenge';
import { Inline, Text } from '@atlaskit/primitives';
import type { SigningStatus } from '../../../src/contract';
import { formatLocalExact, formatUtc } from '../formatTimestamp';

/** The caller's signing credential in words: none, active, reset required, or locked until when. */
export function PassphraseStatusLine({ status }: { status: SigningStatus }) {
  let lozenge: { appearance: 'success' | 'warning' | 'danger' | 'neutral'; label: string };
  let words: string;
  if (status.lockedUntil) {
    lozenge = { appearance: 'danger', label: 'Locked' };
    words = `Signing is locked until ${formatUtc(status.lockedUntil)} (${formatLocalExact(status.lockedUntil)} your time) after too many wrong passphrases.`;
  } else if (status.status === 'none') {
    lozenge = { appearance: 'neutral', label: 'Not set' };
    words = 'You have no signing passphrase yet. Set one before you sign a record.';
  } else if (status.status === 'resetRequired') {
    lozenge = { appearance: 'warning', label: 'Reset required' };
    words = 'A programme manager reset your signing passphrase. Set a new one to sign again.';
  } else {
    lozenge = { appearance: 'success', label: 'Active' };
    words =
      status.attemptsLeft < 5
        ? `You can sign records. ${status.attemptsLeft} attempt${status.attemptsLeft === 1 ? '' : 's'} left before signing locks for 15 minutes.`
        : 'You can sign records.';
  }
  return (
    <Inline space="space.100" alignBlock="center" shouldWrap testId="passphrase-status">
      <Lozenge appearance={lozenge.appearance}>{lozenge.label}</Lozenge>
      <Text>{words}</Text>
    </Inline>
  );
}
