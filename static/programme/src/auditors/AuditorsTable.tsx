import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import { Box, Stack, Text } from '@atlaskit/primitives';
import type { AuditorView } from '../../../../src/contract';
import { CertificateList } from './CertificateList';

interface AuditorsTableProps {
  auditors: readonly AuditorView[];
  onEdit?: (auditor: AuditorView) => void;
}

/** The auditor register: who may audit what, with which certificates, and how they were evaluated. */
export function AuditorsTable({ auditors, onEdit }: AuditorsTableProps) {
  const head = {
    cells: [
      { key: 'name', content: 'Auditor', isSortable: true },
      { key: 'domains', content: 'Domains' },
      { key: 'certificates', content: 'Certificates' },
      { key: 'trainings', content: 'Trainings', width: 9 },
      { key: 'evaluation', content: 'Last evaluation', width: 16 },
      ...(onEdit ? [{ key: 'edit', content: '', width: 7 }] : []),
    ],
  };
  const rows = auditors.map((view) => ({
    key: view.accountId,
    testId: `auditor-row-${view.accountId}`,
    cells: [
      {
        key: view.name.toLocaleLowerCase(),
        content: (
          <Stack space="space.0">
            <Text weight="medium">{view.name}</Text>
            {view.warnings.map((warning) => (
              <Text key={warning} size="small" color="color.text.warning">
                {warning}
              </Text>
            ))}
          </Stack>
        ),
      },
      { key: 'domains', content: view.auditor.domains.join(', ') || '—' },
      { key: 'certificates', content: <CertificateList auditor={view} /> },
      { key: 'trainings', content: String(view.auditor.trainings.length) },
      {
        key: 'evaluation',
        content: view.lastEvaluation ? (
          <Text size="small">
            {view.lastEvaluation.rating}/5 on {view.lastEvaluation.evaluatedOn}
          </Text>
        ) : (
          <Text size="small" color="color.text.subtlest">
            None yet
          </Text>
        ),
      },
      ...(onEdit
        ? [
            {
              key: 'edit',
              content: (
                <Button spacing="compact" onClick={() => onEdit(view)} testId={`auditor-edit-${view.accountId}`}>
                  Edit
                </Button>
              ),
            },
          ]
        : []),
    ],
  }));
  return (
    <Box testId="auditors-table">
      <DynamicTable
        label="Auditor register"
        head={head}
        rows={rows}
        rowsPerPage={25}
        defaultSortKey="name"
        defaultSortOrder="ASC"
        emptyView={<Text color="color.text.subtle">No one is in the auditor register yet.</Text>}
      />
    </Box>
  );
}
