import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { EvidenceView } from '../../../../src/contract';
import { RecordRows } from '../../../shared/components/RecordRows';
import { UtcTimestamp } from '../../../shared/components/UtcTimestamp';
import { evidenceKindTitles } from './auditWords';
import { EvidenceReference } from './EvidenceReference';

function ChangeCheck({ item }: { item: EvidenceView }) {
  const testId = `audit-evidence-${item.id}-check`;
  if (item.changedSinceCollected === true) {
    return (
      <Lozenge appearance="warning" testId={testId}>
        Changed since collected
      </Lozenge>
    );
  }
  if (item.changedSinceCollected === false) {
    return (
      <Lozenge appearance="success" testId={testId}>
        Unchanged
      </Lozenge>
    );
  }
  return null;
}

/** The audit's evidence; each Confluence page is checked against the SHA-256 taken when collected. */
export function EvidenceList({ evidence }: { evidence: readonly EvidenceView[] }) {
  return (
    <RecordRows
      items={evidence}
      itemKey={(item) => item.id}
      itemTestId={(item) => `audit-evidence-${item.id}`}
      empty="No evidence collected yet."
      emptyTestId="audit-evidence-empty"
      testId="audit-evidence"
    >
      {(item) => (
        <Inline space="space.300" spread="space-between" alignBlock="start" shouldWrap>
          <Stack space="space.075">
            <Inline space="space.100" alignBlock="center" shouldWrap>
              <Lozenge appearance="neutral">{evidenceKindTitles[item.evidence.kind]}</Lozenge>
              {item.evidence.itemId ? <Text weight="semibold">{item.evidence.itemId}</Text> : null}
              <ChangeCheck item={item} />
            </Inline>
            <Text>{item.evidence.description}</Text>
            <EvidenceReference reference={item.evidence.reference} />
            {item.changedSinceCollected === true && item.currentVersion !== null ? (
              <Text size="small" color="color.text.warning">
                The page is now at version {item.currentVersion}; its content differs from what was collected.
              </Text>
            ) : null}
            {item.checkNote ? (
              <Text size="small" color="color.text.subtle">
                {item.checkNote}
              </Text>
            ) : null}
            <Text size="small" color="color.text.subtle">
              Collected by {item.collectedByName}
            </Text>
          </Stack>
          <UtcTimestamp iso={item.evidence.collectedAt} />
        </Inline>
      )}
    </RecordRows>
  );
}
