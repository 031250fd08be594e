import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import type { AuditSummary } from '../../../../src/contract';
import { AuditStateLozenge } from './AuditStateLozenge';
import { LateLozenge } from './LateLozenge';
import { ReportChangedLozenge } from '../reports/ReportChangedLozenge';

interface AuditsTableProps {
  audits: readonly AuditSummary[];
  selectedId: string | null;
  onSelect: (auditId: string) => void;
}

const stateOrder = { planned: 0, inProgress: 1, reporting: 2, closed: 3 } as const;

/** The cycle's audits in date order: what, where, when, how far along, and who leads. */
export function AuditsTable({ audits, selectedId, onSelect }: AuditsTableProps) {
  const head = {
    cells: [
      { key: 'title', content: 'Audit', isSortable: true },
      { key: 'areas', content: 'Areas' },
      { key: 'dates', content: 'Planned', isSortable: true },
      { key: 'state', content: 'State', isSortable: true },
      { key: 'lead', content: 'Lead auditor', isSortable: true },
      { key: 'open', content: '', width: 8 },
    ],
  };
  const rows = audits.map((audit) => ({
    key: audit.id,
    testId: `audits-row-${audit.id}`,
    isHighlighted: audit.id === selectedId,
    cells: [
      {
        key: audit.title.toLocaleLowerCase(),
        content: (
          <Stack space="space.0">
            <Text weight="medium">{audit.title}</Text>
            <Text size="small" color="color.text.subtlest">
              {audit.findings === 1 ? '1 finding' : `${audit.findings} findings`}
              {audit.origin.kind === 'proposed' ? ' · from the risk-based schedule' : ''}
            </Text>
          </Stack>
        ),
      },
      { key: 'areas', content: audit.areaNames.join(', ') },
      {
        key: `${audit.plannedStart}${audit.plannedEnd}`,
        content: (
          <Text>
            {audit.plannedStart} – {audit.plannedEnd}
          </Text>
        ),
      },
      {
        key: `${stateOrder[audit.state]}${audit.late ? 0 : 1}`,
        content: (
          <Inline space="space.050" shouldWrap>
            <AuditStateLozenge state={audit.state} testId={`audits-state-${audit.id}`} />
            {audit.late ? <LateLozenge daysLate={audit.daysLate} testId={`audits-late-${audit.id}`} /> : null}
            {audit.report?.integrity === 'changedAfterApproval' ? (
              <ReportChangedLozenge testId={`audits-report-changed-${audit.id}`} />
            ) : null}
          </Inline>
        ),
      },
      {
        key: (audit.leadAuditorName ?? '').toLocaleLowerCase(),
        content: audit.leadAuditorName ?? <Text color="color.text.subtlest">Not assigned</Text>,
      },
      {
        key: 'open',
        content: (
          <Button
            spacing="compact"
            onClick={() => onSelect(audit.id)}
            isSelected={audit.id === selectedId}
            aria-label={`Open ${audit.title}`}
            testId={`audits-open-${audit.id}`}
          >
            Open
          </Button>
        ),
      },
    ],
  }));
  return (
    <Box testId="audits-table">
      <DynamicTable
        label="Audits of the cycle"
        head={head}
        rows={rows}
        rowsPerPage={20}
        emptyView={<Text color="color.text.subtle">No audit is planned for this cycle yet.</Text>}
      />
    </Box>
  );
}
