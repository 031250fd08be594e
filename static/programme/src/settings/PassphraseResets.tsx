import DynamicTable from '@atlaskit/dynamic-table';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import type { PassphraseReset } from '../../../../src/contract';
import { Timestamp } from '../../../shared/components/Timestamp';

interface PassphraseResetsProps {
  resets: readonly PassphraseReset[];
}

/**
 * The signing passphrase resets of the last 90 days, for the programme managers: a reset lets
 * someone set a new passphrase without the old one, so each one is in front of every manager.
 */
export function PassphraseResets({ resets }: PassphraseResetsProps) {
  const head = {
    cells: [
      { key: 'at', content: 'When' },
      { key: 'account', content: 'Whose passphrase' },
      { key: 'by', content: 'Reset by' },
      { key: 'reason', content: 'Reason' },
    ],
  };
  const rows = resets.map((reset) => ({
    key: `${reset.accountId}-${reset.at}`,
    testId: `passphrase-reset-${reset.accountId}`,
    cells: [
      { key: 'at', content: <Timestamp iso={reset.at} /> },
      { key: 'account', content: reset.displayName },
      { key: 'by', content: reset.resetByName },
      { key: 'reason', content: reset.reason },
    ],
  }));
  return (
    <Stack space="space.100" testId="passphrase-resets">
      <Heading size="small">Signing passphrase resets (last 90 days)</Heading>
      {resets.length === 0 ? (
        <Text color="color.text.subtle">No signing passphrase was reset.</Text>
      ) : (
        <DynamicTable head={head} rows={rows} />
      )}
    </Stack>
  );
}
