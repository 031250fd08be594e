import Lozenge from '@atlaskit/lozenge';
import { Stack, Text } from '@atlaskit/primitives';
import type { SoaLineView } from '../../../../src/contract';
import { Placeholder } from '../../../shared/components/Placeholder';
import { RecordTable, type RecordColumn } from '../../../shared/components/RecordTable';
import { editColumn } from '../../../shared/components/recordColumns';
import { implementationAppearances, implementationTitles } from './soaWords';

interface SoaTableProps {
  lines: readonly SoaLineView[];
  /** Offered to programme managers: opens the line in the edit dialog. */
  onEdit?: (line: SoaLineView) => void;
}

/** Natural order of control ids (A.5.2 before A.5.10), as sortable text. */
const sortKey = (controlId: string) =>
  controlId
    .split('.')
    .map((part) => part.padStart(3, '0'))
    .join('.');

const columns: RecordColumn<SoaLineView>[] = [
  {
    key: 'control',
    header: 'Control',
    sortKey: (line) => sortKey(line.entry.controlId),
    cell: ({ entry, title }) => (
      <Stack space="space.0">
        <Text weight="medium">
          {entry.controlId} {title}
        </Text>
        {!entry.applicable && entry.justification ? (
          <Text size="small" color="color.text.subtle">
            Excluded: {entry.justification}
          </Text>
        ) : null}
      </Stack>
    ),
  },
  {
    key: 'applicable',
    header: 'Applicability',
    width: 14,
    sortKey: ({ entry }) => (entry.applicable ? 'a' : 'b'),
    cell: ({ entry }) =>
      entry.applicable ? (
        <Lozenge appearance="success" testId={`soa-applicable-${entry.controlId}`}>
          Applicable
        </Lozenge>
      ) : (
        <Lozenge appearance="neutral" testId={`soa-applicable-${entry.controlId}`}>
          Excluded
        </Lozenge>
      ),
  },
  {
    key: 'implementation',
    header: 'Implementation',
    width: 16,
    sortKey: ({ entry }) => entry.implementation,
    cell: ({ entry }) => (
      <Lozenge appearance={implementationAppearances[entry.implementation]}>
        {implementationTitles[entry.implementation]}
      </Lozenge>
    ),
  },
  {
    key: 'owner',
    header: 'Owner',
    width: 14,
    sortKey: (line) => (line.ownerName ?? line.entry.ownerId ?? '').toLocaleLowerCase(),
    cell: (line) => line.ownerName ?? line.entry.ownerId ?? '—',
  },
  {
    key: 'documents',
    header: 'Documents',
    width: 16,
    cell: ({ entry }) =>
      entry.documents.length === 0 ? (
        <Placeholder>None</Placeholder>
      ) : (
        <Stack space="space.0">
          {entry.documents.map((doc) => (
            <Text key={doc.pageId} size="small">
              {doc.title} <Text color="color.text.subtlest">(page {doc.pageId})</Text>
            </Text>
          ))}
        </Stack>
      ),
  },
];

/** The SoA's lines: one per Annex A control, applicable or excluded with the reason. */
export function SoaTable({ lines, onEdit }: SoaTableProps) {
  return (
    <RecordTable
      columns={[...columns, ...editColumn(onEdit, 7, (line) => `soa-edit-${line.entry.controlId}`)]}
      records={lines}
      recordKey={(line) => line.entry.controlId}
      rowTestId={(line) => `soa-row-${line.entry.controlId}`}
      label="Statement of Applicability"
      rowsPerPage={40}
      sortedBy="control"
      empty="No control matches the filter."
      testId="soa-table"
    />
  );
}
