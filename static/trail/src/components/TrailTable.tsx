import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import { Box, Stack, Text } from '@atlaskit/primitives';
import type { TrailEntry } from '../../../../src/contract';
import { UtcTimestamp } from '../../../shared/components/UtcTimestamp';
import { recordTypeTitle } from '../../../shared/recordTypes';
import { ValueDiff } from './ValueDiff';

const actionAppearance = { create: 'success', update: 'information', delete: 'danger' } as const;
const actionWords = { create: 'Created', update: 'Updated', delete: 'Deleted' } as const;

const head = {
  cells: [
    { key: 'seq', content: '#', width: 4 },
    { key: 'at', content: 'Time', width: 15 },
    { key: 'actor', content: 'User', width: 16 },
    { key: 'action', content: 'Action', width: 8 },
    { key: 'record', content: 'Record', width: 16 },
    { key: 'reason', content: 'Reason', width: 12 },
    { key: 'change', content: 'Old → new', width: 29 },
  ],
};

/** Long ids (signature hashes) shortened for the eye; the full id is in the tooltip. */
function shortId(id: string): string {
  return id.length > 24 ? `${id.slice(0, 12)}…${id.slice(-6)}` : id;
}

interface TrailTableProps {
  entries: readonly TrailEntry[];
  /** Printed names of known accounts, by account id. */
  names: ReadonlyMap<string, string>;
  isLoading?: boolean;
  testId: string;
  emptyText?: string;
}

/** Trail entries, oldest first: who did what to which record version, when, why, and what changed. */
export function TrailTable({ entries, names, isLoading = false, testId, emptyText }: TrailTableProps) {
  const rows = entries.map((entry) => ({
    key: String(entry.seq),
    testId: `${testId}-row-${entry.seq}`,
    cells: [
      { key: 'seq', content: <Text weight="medium">{entry.seq}</Text> },
      { key: 'at', content: <UtcTimestamp iso={entry.at} /> },
      {
        key: 'actor',
        content: (
          <Stack space="space.0">
            <Text>{names.get(entry.actor) ?? 'Account'}</Text>
            <Text size="small" color="color.text.subtlest">
              {entry.actor}
            </Text>
          </Stack>
        ),
      },
      {
        key: 'action',
        content: <Lozenge appearance={actionAppearance[entry.action]}>{actionWords[entry.action]}</Lozenge>,
      },
      {
        key: 'record',
        content: (
          <Stack space="space.0">
            <Text>{recordTypeTitle(entry.entityType)}</Text>
            <Text size="small" color="color.text.subtle">
              <span title={entry.entityId}>{shortId(entry.entityId)}</span> · v{entry.entityVersion}
            </Text>
          </Stack>
        ),
      },
      {
        key: 'reason',
        content: entry.reason ? <Text>{entry.reason}</Text> : <Text color="color.text.subtlest">None given</Text>,
      },
      {
        key: 'change',
        content: <ValueDiff before={entry.before} after={entry.after} expandTestId={`${testId}-full-${entry.seq}`} />,
      },
    ],
  }));
  return (
    <Box testId={testId}>
      <DynamicTable
        label="Audit trail entries"
        head={head}
        rows={rows}
        isLoading={isLoading}
        emptyView={<Text color="color.text.subtle">{emptyText ?? 'No entry matches.'}</Text>}
      />
    </Box>
  );
}
