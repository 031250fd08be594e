import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import { Box, Stack, Text } from '@atlaskit/primitives';
import type { SoaLineView } from '../../../../src/contract';
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

/** The SoA's lines: one per Annex A control, applicable or excluded with the reason. */
export function SoaTable({ lines, onEdit }: SoaTableProps) {
  const head = {
    cells: [
      { key: 'control', content: 'Control', isSortable: true },
      { key: 'applicable', content: 'Applicability', isSortable: true, width: 14 },
      { key: 'implementation', content: 'Implementation', isSortable: true, width: 16 },
      { key: 'owner', content: 'Owner', isSortable: true, width: 14 },
      { key: 'documents', content: 'Documents', width: 16 },
      ...(onEdit ? [{ key: 'edit', content: '', width: 7 }] : []),
    ],
  };
  const rows = lines.map((line) => {
    const { entry } = line;
    return {
      key: entry.controlId,
      testId: `soa-row-${entry.controlId}`,
      cells: [
        {
          key: sortKey(entry.controlId),
          content: (
            <Stack space="space.0">
              <Text weight="medium">
                {entry.controlId} {line.title}
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
          key: entry.applicable ? 'a' : 'b',
          content: entry.applicable ? (
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
          key: entry.implementation,
          content: (
            <Lozenge appearance={implementationAppearances[entry.implementation]}>
              {implementationTitles[entry.implementation]}
            </Lozenge>
          ),
        },
        {
          key: (line.ownerName ?? entry.ownerId ?? '').toLocaleLowerCase(),
          content: line.ownerName ?? entry.ownerId ?? '—',
        },
        {
          key: 'documents',
          content:
            entry.documents.length === 0 ? (
              <Text color="color.text.subtlest">None</Text>
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
        ...(onEdit
          ? [
              {
                key: 'edit',
                content: (
                  <Button spacing="compact" onClick={() => onEdit(line)} testId={`soa-edit-${entry.controlId}`}>
                    Edit
                  </Button>
                ),
              },
            ]
          : []),
      ],
    };
  });
  return (
    <Box testId="soa-table">
      <DynamicTable
        label="Statement of Applicability"
        head={head}
        rows={rows}
        rowsPerPage={40}
        defaultSortKey="control"
        defaultSortOrder="ASC"
        emptyView={<Text color="color.text.subtle">No control matches the filter.</Text>}
      />
    </Box>
  );
}
