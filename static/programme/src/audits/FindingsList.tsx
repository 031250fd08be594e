import Lozenge from '@atlaskit/lozenge';
import Tooltip from '@atlaskit/tooltip';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { FindingView } from '../../../../src/contract';
import { FindingGradeLozenge } from './FindingGradeLozenge';

const rowStyles = xcss({
  borderBlockEndWidth: 'border.width',
  borderBlockEndStyle: 'solid',
  borderBlockEndColor: 'color.border',
  paddingBlock: 'space.150',
});

function Statement({ label, text }: { label: string; text: string }) {
  if (!text) return null;
  return (
    <Text as="p">
      <Text weight="semibold">{label}: </Text>
      {text}
    </Text>
  );
}

/** The audit's findings, newest first: grade, repeat flag, where, and the three statements. */
export function FindingsList({ findings }: { findings: readonly FindingView[] }) {
  if (findings.length === 0) {
    return (
      <Text color="color.text.subtle" testId="audit-findings-empty">
        No finding recorded yet.
      </Text>
    );
  }
  return (
    <Stack space="space.0" testId="audit-findings">
      {findings.map(({ id, finding, itemTitle, areaName, raisedByName, isRepeat }) => (
        <Box key={id} xcss={rowStyles} testId={`audit-finding-${id}`}>
          <Stack space="space.075">
            <Inline space="space.100" alignBlock="center" shouldWrap>
              <FindingGradeLozenge grade={finding.content.grade} testId={`audit-finding-${id}-grade`} />
              {isRepeat ? (
                <Tooltip content="The same clause or control and area had a finding within the last 12 months">
                  <Lozenge appearance="danger" testId={`audit-finding-${id}-repeat`}>
                    Repeat
                  </Lozenge>
                </Tooltip>
              ) : null}
              <Text weight="semibold">
                {finding.content.itemId} {itemTitle}
              </Text>
              <Text color="color.text.subtle">· {areaName}</Text>
            </Inline>
            <Statement label="Requirement" text={finding.content.requirement} />
            <Statement label="Evidence" text={finding.content.evidence} />
            <Statement label="Gap" text={finding.content.gap} />
            <Text size="small" color="color.text.subtle">
              Raised by {raisedByName} on {finding.raisedOn}
            </Text>
          </Stack>
        </Box>
      ))}
    </Stack>
  );
}
