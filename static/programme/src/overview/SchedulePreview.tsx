import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import { Box, Stack, Text } from '@atlaskit/primitives';
import type { ScheduleProposalWithRequiredAudits } from '../../../../src/contract';
import { RiskLozenge } from './RiskLozenge';
import { RequiredAudits } from './RequiredAudits';

/** What the risk-based policy proposes for the cycle, each with its reason; nothing is saved yet. */
export function SchedulePreview({ proposal }: { proposal: ScheduleProposalWithRequiredAudits }) {
  const head = {
    cells: [
      { key: 'window', content: 'Window', width: 20 },
      { key: 'area', content: 'Area' },
      { key: 'risk', content: 'Risk', width: 14 },
      { key: 'reason', content: 'Why' },
      { key: 'status', content: '', width: 14 },
    ],
  };
  const rows = proposal.proposals.map((p) => ({
    key: `${p.areaId}-${p.occurrence}`,
    testId: `proposal-row-${p.areaId}-${p.occurrence}`,
    cells: [
      { key: 'window', content: `${p.plannedStart} – ${p.plannedEnd}` },
      {
        key: 'area',
        content: (
          <Stack space="space.0">
            <Text weight="medium">{p.areaName}</Text>
            <Text size="small" color="color.text.subtle">
              Audit {p.occurrence} of {p.occurrences}
            </Text>
          </Stack>
        ),
      },
      { key: 'risk', content: <RiskLozenge level={p.risk} /> },
      { key: 'reason', content: <Text size="small">{p.reason}</Text> },
      {
        key: 'status',
        content: p.alreadyScheduled ? (
          <Lozenge appearance="success">Scheduled</Lozenge>
        ) : (
          <Lozenge appearance="information">New</Lozenge>
        ),
      },
    ],
  }));
  return (
    <Box testId="schedule-proposal">
      <RequiredAudits lines={proposal.requiredAudits} />
      <DynamicTable
        label="Proposed schedule"
        head={head}
        rows={rows}
        rowsPerPage={25}
        emptyView={<Text color="color.text.subtle">No auditable areas: nothing to propose.</Text>}
      />
    </Box>
  );
}
