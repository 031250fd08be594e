import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives';
import type { TrailVerdict } from '../../../src/contract';
import { recordTypeTitle } from '../recordTypes';

type Broken = Extract<TrailVerdict, { intact: false }>;
type TrailBreak = Broken['firstBreak'];

/** Where a break is, in words: a record is named by type and id, anything else by its entry. */
function breakTitle(trailBreak: TrailBreak): string {
  if (trailBreak.kind === 'record' && trailBreak.record) {
    return `Record changed outside the app: ${recordTypeTitle(trailBreak.record.entityType)} ${trailBreak.record.entityId}`;
  }
  return `Broken at entry ${trailBreak.seq}`;
}

/**
 * The audit trail's integrity verdict: intact with its length, or every break verification found
 * (a broken chain, a cut tail, a rewritten entry, records changed in the database), each in words.
 */
export function TrailVerdictMessage({ verdict, testId }: { verdict: TrailVerdict; testId?: string }) {
  if (verdict.intact) {
    return (
      <SectionMessage appearance="success" title={`Intact: ${verdict.entries} entries verified`} testId={testId}>
        <Text as="p">
          {verdict.entries === 0
            ? 'Nothing has been recorded yet.'
            : `Every entry up to #${verdict.lastSeq} matches its hash and follows the one before it, and every record matches its trail.`}
        </Text>
      </SectionMessage>
    );
  }
  const breaks = verdict.breaks.length > 0 ? verdict.breaks : [verdict.firstBreak];
  const title =
    breaks.length === 1 ? breakTitle(breaks[0]!) : `${breaks.length} problems found: ${breakTitle(breaks[0]!)}, …`;
  return (
    <SectionMessage appearance="error" title={title} testId={testId}>
      <Stack space="space.050">
        {breaks.map((trailBreak, index) => (
          <Text key={index} as="p" color="color.text.danger" weight="semibold">
            {trailBreak.message}
          </Text>
        ))}
        <Text as="p" color="color.text.subtle">
          {verdict.entries} entries verified before the first break; nothing after it can be trusted until the breaks
          are explained.
        </Text>
      </Stack>
    </SectionMessage>
  );
}
