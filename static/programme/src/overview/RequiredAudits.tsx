import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { ScheduleProposalWithRequiredAudits } from '../../../../src/contract';
import { RiskLozenge } from './RiskLozenge';

type Line = ScheduleProposalWithRequiredAudits['requiredAudits'][number];

const statusLozenge: Record<Line['status'], { text: string; appearance: 'success' | 'inprogress' | 'removed' }> = {
  met: { text: 'Met', appearance: 'success' },
  onTrack: { text: 'On track', appearance: 'inprogress' },
  short: { text: 'Short', appearance: 'removed' },
};

/**
 * Each area's required number of audits in the cycle by its risk, against what the programme
 * holds: a short area is named in a warning while there is still time to plan its audits.
 */
export function RequiredAudits({ lines }: { lines: readonly Line[] }) {
  const warnings = lines.flatMap((line) => (line.warning ? [line.warning] : []));
  const head = {
    cells: [
      { key: 'area', content: 'Area' },
      { key: 'risk', content: 'Risk', width: 14 },
      { key: 'required', content: 'Required', width: 12 },
      { key: 'reported', content: 'Reported', width: 12 },
      { key: 'planned', content: 'Planned in time', width: 14 },
      { key: 'status', content: '', width: 14 },
    ],
  };
  const rows = lines.map((line) => ({
    key: line.areaId,
    testId: `required-audits-row-${line.areaId}`,
    cells: [
      { key: 'area', content: line.areaName },
      { key: 'risk', content: <RiskLozenge level={line.risk} /> },
      { key: 'required', content: String(line.required) },
      { key: 'reported', content: String(line.completed) },
      { key: 'planned', content: String(line.stillPlanned) },
      {
        key: 'status',
        content: (
          <Lozenge appearance={statusLozenge[line.status].appearance}>{statusLozenge[line.status].text}</Lozenge>
        ),
      },
    ],
  }));
  return (
    <Stack space="space.100" testId="required-audits">
      <Text weight="medium">Required audits by risk in this cycle</Text>
      {warnings.length > 0 ? (
        <SectionMessage
          appearance="warning"
          title="Areas short of their required audits"
          testId="required-audits-warnings"
        >
          <Stack space="space.050">
            {warnings.map((warning) => (
              <Text as="p" key={warning}>
                {warning}
              </Text>
            ))}
          </Stack>
        </SectionMessage>
      ) : null}
      <DynamicTable label="Required audits by risk" head={head} rows={rows} />
    </Stack>
  );
}
