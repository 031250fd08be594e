import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import type { PassphraseReset } from '../../../../src/contract';
import { RecordTable, type RecordColumn } from '../../../shared/components/RecordTable';
import { Timestamp } from '../../../shared/components/Timestamp';

interface PassphraseResetsProps {
  resets: readonly PassphraseReset[];
}

const columns: RecordColumn<PassphraseReset>[] = [
  { key: 'at', header: 'When', cell: (reset) => <Timestamp iso={reset.at} /> },
  { key: 'account', header: 'Whose passphrase', cell: (reset) => reset.displayName },
  { key: 'by', header: 'Reset by', cell: (reset) => reset.resetByName },
  { key: 'reason', header: 'Reason', cell: (reset) => reset.reason },
];

/**
 * The signing passphrase resets of the last 90 days, for the programme managers: a reset lets
 * someone set a new passphrase without the old one, so each one is in front of every manager.
 */
export function PassphraseResets({ resets }: PassphraseResetsProps) {
  return (
    <Stack space="space.100" testId="passphrase-resets">
      <Heading size="small">Signing passphrase resets (last 90 days)</Heading>
      {resets.length === 0 ? (
        <Text color="color.text.subtle">No signing passphrase was reset.</Text>
      ) : (
        <RecordTable
          columns={columns}
          records={resets}
          recordKey={(reset) => `${reset.accountId}-${reset.at}`}
          rowTestId={(reset) => `passphrase-reset-${reset.accountId}`}
        />
      )}
    </Stack>
  );
}
