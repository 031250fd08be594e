import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives';
import type { TrailVerdict } from '../../../../src/contract';

/** The audit trail's integrity verdict: intact with its length, or the first break in red. */
export function TrailVerdictMessage({ verdict, testId }: { verdict: TrailVerdict; testId?: string }) {
  if (verdict.intact) {
    return (
      <SectionMessage appearance="success" title={`Intact: ${verdict.entries} entries verified`} testId={testId}>
        <Text as="p">
          {verdict.entries === 0
            ? 'Nothing has been recorded yet.'
            : `Every entry up to #${verdict.lastSeq} matches its hash and follows the one before it.`}
        </Text>
      </SectionMessage>
    );
  }
  const { firstBreak } = verdict;
  return (
    <SectionMessage appearance="error" title={`Broken at entry ${firstBreak.seq} (${firstBreak.kind})`} testId={testId}>
      <Stack space="space.050">
        <Text as="p" color="color.text.danger" weight="semibold">
          {firstBreak.message}
        </Text>
        <Text as="p" color="color.text.subtle">
          {verdict.entries} entries before it verified; nothing after it can be trusted until the break is explained.
        </Text>
      </Stack>
    </SectionMessage>
  );
}
