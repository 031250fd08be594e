import DynamicTable from '@atlaskit/dynamic-table';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import type { AuditSummary } from '../../../../src/contract';
import { AuditStateLozenge } from '../audits/AuditStateLozenge';
import { LateLozenge } from '../audits/LateLozenge';

/** The cycle's audits in date order: state, lateness, lead auditor and where each came from. */
export function ScheduleTable({ audits }: { audits: readonly AuditSummary[] }) {
  const head = {
    cells: [
      { key: 'dates', content: 'Planned', isSortable: true, width: 20 },
      { key: 'title', content: 'Audit', isSortable: true },
      { key: 'state', content: 'State', width: 20 },
      { key: 'lead', content: 'Lead auditor', isSortable: true },
      { key: 'findings', content: 'Findings', width: 8 },
    ],
  };
  const rows = audits.map((audit) => ({
    key: audit.id,
    testId: `schedule-row-${audit.id}`,
    cells: [
      {
        key: `${audit.plannedStart} ${audit.plannedEnd}`,
        content: (
          <Text>
            {audit.plannedStart} – {audit.plannedEnd}
          </Text>
        ),
      },
      {
        key: audit.title.toLocaleLowerCase(),
        content: (
          <Stack space="space.0">
            <Text weight="medium">{audit.title}</Text>
            <Text size="small" color="color.text.subtle">
              {audit.areaNames.join(', ')}
              {audit.origin.kind === 'proposed'
                ? ` · proposed by the risk policy (${audit.origin.occurrence} of ${audit.origin.occurrences})`
                : ''}
            </Text>
          </Stack>
        ),
      },
      {
        key: audit.state,
        content: (
          <Inline space="space.050" shouldWrap>
            <AuditStateLozenge state={audit.state} testId={`schedule-state-${audit.id}`} />
            {audit.late ? <LateLozenge daysLate={audit.daysLate} testId={`schedule-late-${audit.id}`} /> : null}
          </Inline>
        ),
      },
      {
        key: (audit.leadAuditorName ?? '').toLocaleLowerCase(),
        content: audit.leadAuditorName ?? (
          <Text color="color.text.warning" weight="medium">
            No lead yet
          </Text>
        ),
      },
      { key: String(audit.findings), content: String(audit.findings) },
    ],
  }));
  return (
    <Box testId="schedule-table">
      <DynamicTable
        label="Audit schedule of the cycle"
        head={head}
        rows={rows}
        rowsPerPage={25}
        emptyView={<Text color="color.text.subtle">No audits are scheduled in this cycle yet.</Text>}
      />
    </Box>
  );
}
