import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { AuditorView } from '../../../../src/contract';
import { RecordTable, type RecordColumn } from '../../../shared/components/RecordTable';
import { editColumn, nameColumn } from '../../../shared/components/recordColumns';
import { CertificateList } from './CertificateList';

interface AuditorsTableProps {
  auditors: readonly AuditorView[];
  onEdit?: (auditor: AuditorView) => void;
}

const columns: RecordColumn<AuditorView>[] = [
  nameColumn(
    'name',
    'Auditor',
    (view) => view.name,
    (view) =>
      view.warnings.map((warning) => (
        <Text key={warning} size="small" color="color.text.warning">
          {warning}
        </Text>
      )),
  ),
  { key: 'domains', header: 'Domains', cell: (view) => view.auditor.domains.join(', ') || '—' },
  { key: 'certificates', header: 'Certificates', cell: (view) => <CertificateList auditor={view} /> },
  { key: 'trainings', header: 'Trainings', width: 9, cell: (view) => String(view.auditor.trainings.length) },
  {
    key: 'cpd',
    header: 'CPD (latest year)',
    width: 10,
    cell: (view) => {
      const latest = [...(view.auditor.cpd ?? [])].sort((a, b) => b.year - a.year)[0];
      return latest ? `${latest.hours} h in ${latest.year}` : '—';
    },
  },
  {
    key: 'evaluation',
    header: 'Last evaluation',
    width: 16,
    cell: (view) =>
      view.lastEvaluation ? (
        <Stack space="space.050">
          <Text size="small">
            {view.lastEvaluation.rating}/5 on {view.lastEvaluation.evaluatedOn}
          </Text>
          {view.eligible ? null : (
            <Inline>
              <Lozenge appearance="danger" testId={`auditor-ineligible-${view.accountId}`}>
                Not eligible until re-evaluated
              </Lozenge>
            </Inline>
          )}
        </Stack>
      ) : (
        <Text size="small" color="color.text.subtlest">
          None yet
        </Text>
      ),
  },
];

/** The auditor register: who may audit what, with which certificates, and how they were evaluated. */
export function AuditorsTable({ auditors, onEdit }: AuditorsTableProps) {
  return (
    <RecordTable
      columns={[...columns, ...editColumn(onEdit, 7, (view) => `auditor-edit-${view.accountId}`)]}
      records={auditors}
      recordKey={(view) => view.accountId}
      rowTestId={(view) => `auditor-row-${view.accountId}`}
      label="Auditor register"
      rowsPerPage={25}
      sortedBy="name"
      empty="No one is in the auditor register yet."
      testId="auditors-table"
    />
  );
}
