import { Inline, Text } from '@atlaskit/primitives';
import type { AuditSummary } from '../../../../src/contract';
import { RecordTable, type RecordColumn } from '../../../shared/components/RecordTable';
import { nameColumn } from '../../../shared/components/recordColumns';
import { leadAuditorColumn, plannedColumn } from '../audits/auditColumns';
import { AuditStateLozenge } from '../audits/AuditStateLozenge';
import { LateLozenge } from '../audits/LateLozenge';

const columns: RecordColumn<AuditSummary>[] = [
  plannedColumn(20),
  nameColumn(
    'title',
    'Audit',
    (audit) => audit.title,
    (audit) => (
      <Text size="small" color="color.text.subtle">
        {audit.areaNames.join(', ')}
        {audit.origin.kind === 'proposed'
          ? ` · proposed by the risk policy (${audit.origin.occurrence} of ${audit.origin.occurrences})`
          : ''}
      </Text>
    ),
  ),
  {
    key: 'state',
    header: 'State',
    width: 20,
    cell: (audit) => (
      <Inline space="space.050" shouldWrap>
        <AuditStateLozenge state={audit.state} testId={`schedule-state-${audit.id}`} />
        {audit.late ? <LateLozenge daysLate={audit.daysLate} testId={`schedule-late-${audit.id}`} /> : null}
      </Inline>
    ),
  },
  leadAuditorColumn(
    <Text color="color.text.warning" weight="medium">
      No lead yet
    </Text>,
  ),
  { key: 'findings', header: 'Findings', width: 8, cell: (audit) => String(audit.findings) },
];

/** The cycle's audits in date order: state, lateness, lead auditor and where each came from. */
export function ScheduleTable({ audits }: { audits: readonly AuditSummary[] }) {
  return (
    <RecordTable
      columns={columns}
      records={audits}
      recordKey={(audit) => audit.id}
      rowTestId={(audit) => `schedule-row-${audit.id}`}
      label="Audit schedule of the cycle"
      rowsPerPage={25}
      empty="No audits are scheduled in this cycle yet."
      testId="schedule-table"
    />
  );
}
