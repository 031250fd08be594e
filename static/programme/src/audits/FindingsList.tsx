import Lozenge from '@atlaskit/lozenge';
import Tooltip from '@atlaskit/tooltip';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { ReactNode } from 'react';
import type { FindingView } from '../../../../src/contract';
import { RecordRows } from '../../../shared/components/RecordRows';
import { FindingGradeLozenge } from './FindingGradeLozenge';
import { FindingHistory } from './steps/FindingHistory';

function Statement({ label, text }: { label: string; text: string }) {
  if (!text) return null;
  return (
    <Text as="p">
      <Text weight="semibold">{label}: </Text>
      {text}
    </Text>
  );
}

interface FindingsListProps {
  findings: readonly FindingView[];
  /** What may be done with a finding here (correct, regrade or withdraw it), under it. */
  actions?: (view: FindingView) => ReactNode;
}

/** The audit's findings, newest first: grade, repeat flag, where, the three statements and any changes. */
export function FindingsList({ findings, actions }: FindingsListProps) {
  return (
    <RecordRows
      items={findings}
      itemKey={(view) => view.id}
      itemTestId={(view) => `audit-finding-${view.id}`}
      empty="No finding recorded yet."
      emptyTestId="audit-findings-empty"
      testId="audit-findings"
    >
      {(view) => {
        const { id, finding, itemTitle, areaName, raisedByName, isRepeat, withdrawn } = view;
        return (
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
              {withdrawn ? (
                <Lozenge appearance="removed" testId={`audit-finding-${id}-withdrawn`}>
                  Withdrawn
                </Lozenge>
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
            <FindingHistory view={view} />
            {actions?.(view)}
          </Stack>
        );
      }}
    </RecordRows>
  );
}
