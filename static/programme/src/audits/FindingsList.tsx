import Lozenge from '@atlaskit/lozenge';
import Tooltip from '@atlaskit/tooltip';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { FindingView } from '../../../../src/contract';
import { RecordRows } from '../../../shared/components/RecordRows';
import { FindingGradeLozenge } from './FindingGradeLozenge';

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
  return (
    <RecordRows
      items={findings}
      itemKey={(view) => view.id}
      itemTestId={(view) => `audit-finding-${view.id}`}
      empty="No finding recorded yet."
      emptyTestId="audit-findings-empty"
      testId="audit-findings"
    >
      {({ id, finding, itemTitle, areaName, raisedByName, isRepeat }) => (
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
      )}
    </RecordRows>
  );
}
