import { Inline, Text } from '@atlaskit/primitives';
import type { AuditSummary } from '../../../../src/contract';
import { RecordTable, type RecordColumn } from '../../../shared/components/RecordTable';
import { nameColumn, openColumn } from '../../../shared/components/recordColumns';
import { Placeholder } from '../../../shared/components/Placeholder';
import { leadAuditorColumn, plannedColumn } from './auditColumns';
import { AuditStateLozenge } from './AuditStateLozenge';
import { LateLozenge } from './LateLozenge';
import { ReportChangedLozenge } from '../reports/ReportChangedLozenge';

interface AuditsTableProps {
  audits: readonly AuditSummary[];
  selectedId: string | null;
  onSelect: (auditId: string) => void;
}

const stateOrder = { planned: 0, inProgress: 1, reporting: 2, closed: 3 } as const;

const columns: RecordColumn<AuditSummary>[] = [
  nameColumn(
    'title',
    'Audit',
    (audit) => audit.title,
    (audit) => (
      <Text size="small" color="color.text.subtlest">
        {audit.findings === 1 ? '1 finding' : `${audit.findings} findings`}
        {audit.origin.kind === 'proposed' ? ' · from the risk-based schedule' : ''}
      </Text>
    ),
  ),
  { key: 'areas', header: 'Areas', cell: (audit) => audit.areaNames.join(', ') },
  plannedColumn(),
  {
    key: 'state',
    header: 'State',
    // Open states first, and within a state the late audits first.
    sortKey: (audit) => `${stateOrder[audit.state]}${audit.late ? 0 : 1}`,
    cell: (audit) => (
      <Inline space="space.050" shouldWrap>
        <AuditStateLozenge state={audit.state} testId={`audits-state-${audit.id}`} />
        {audit.late ? <LateLozenge daysLate={audit.daysLate} testId={`audits-late-${audit.id}`} /> : null}
        {audit.report?.integrity === 'changedAfterApproval' ? (
          <ReportChangedLozenge testId={`audits-report-changed-${audit.id}`} />
        ) : null}
      </Inline>
    ),
  },
  leadAuditorColumn(<Placeholder>Not assigned</Placeholder>),
];

/** The cycle's audits in date order: what, where, when, how far along, and who leads. */
export function AuditsTable({ audits, selectedId, onSelect }: AuditsTableProps) {
  return (
    <RecordTable
      columns={[
        ...columns,
        openColumn<AuditSummary>(
          (audit) => audit.id === selectedId,
          (audit) => onSelect(audit.id),
          (audit) => `audits-open-${audit.id}`,
          (audit) => `Open ${audit.title}`,
        ),
      ]}
      records={audits}
      recordKey={(audit) => audit.id}
      rowTestId={(audit) => `audits-row-${audit.id}`}
      isSelected={(audit) => audit.id === selectedId}
      label="Audits of the cycle"
      rowsPerPage={20}
      empty="No audit is planned for this cycle yet."
      testId="audits-table"
    />
  );
}
