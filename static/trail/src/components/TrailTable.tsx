import Lozenge from '@atlaskit/lozenge';
import { Stack, Text } from '@atlaskit/primitives';
import type { TrailEntry } from '../../../../src/contract';
import { Placeholder } from '../../../shared/components/Placeholder';
import { RecordTable, type RecordColumn } from '../../../shared/components/RecordTable';
import { UtcTimestamp } from '../../../shared/components/UtcTimestamp';
import { recordTypeTitle } from '../../../shared/recordTypes';
import { ValueDiff } from './ValueDiff';

const actionAppearance = { create: 'success', update: 'information', delete: 'danger' } as const;
const actionWords = { create: 'Created', update: 'Updated', delete: 'Deleted' } as const;

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
  const columns: RecordColumn<TrailEntry>[] = [
    { key: 'seq', header: '#', width: 4, cell: (entry) => <Text weight="medium">{entry.seq}</Text> },
    { key: 'at', header: 'Time', width: 15, cell: (entry) => <UtcTimestamp iso={entry.at} /> },
    {
      key: 'actor',
      header: 'User',
      width: 16,
      cell: (entry) => (
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
      header: 'Action',
      width: 8,
      cell: (entry) => <Lozenge appearance={actionAppearance[entry.action]}>{actionWords[entry.action]}</Lozenge>,
    },
    {
      key: 'record',
      header: 'Record',
      width: 16,
      cell: (entry) => (
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
      header: 'Reason',
      width: 12,
      cell: (entry) => (entry.reason ? <Text>{entry.reason}</Text> : <Placeholder>None given</Placeholder>),
    },
    {
      key: 'change',
      header: 'Old → new',
      width: 29,
      cell: (entry) => (
        <ValueDiff before={entry.before} after={entry.after} expandTestId={`${testId}-full-${entry.seq}`} />
      ),
    },
  ];
  return (
    <RecordTable
      columns={columns}
      records={entries}
      recordKey={(entry) => String(entry.seq)}
      rowTestId={(entry) => `${testId}-row-${entry.seq}`}
      label="Audit trail entries"
      isLoading={isLoading}
      empty={emptyText ?? 'No entry matches.'}
      testId={testId}
    />
  );
}
