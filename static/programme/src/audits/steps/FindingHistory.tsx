import { Stack, Text } from '@atlaskit/primitives';
import type { FindingView } from '../../../../../src/contract';
import { findingGradeTitles } from '../auditWords';

/**
 * How a finding was corrected, regraded or withdrawn, oldest first, each with its reason, and the
 * contents it had before: a finding is never edited in place, so every earlier version stays readable.
 */
export function FindingHistory({ view }: { view: FindingView }) {
  const revisions = view.finding.revisions ?? [];
  if (revisions.length === 0) return null;
  const id = `audit-finding-${view.id}-history`;
  return (
    <Stack space="space.050" testId={id}>
      {view.history.map((line, index) => {
        const before = revisions[index]?.previous;
        return (
          <Stack key={`${index}-${line}`} space="space.025" testId={`${id}-${index}`}>
            <Text size="small">{line}</Text>
            {before ? (
              <Text size="small" color="color.text.subtle">
                Before: {findingGradeTitles[before.grade]} on {before.itemId}. Evidence: {before.evidence}
                {before.gap ? ` Gap: ${before.gap}` : ''}
              </Text>
            ) : null}
          </Stack>
        );
      })}
    </Stack>
  );
}
