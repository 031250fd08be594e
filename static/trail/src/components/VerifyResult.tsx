import { Box, Stack, Text } from '@atlaskit/primitives';
import type { CheckpointedVerdict } from '../../../../src/contract';
import { formatLocalExact } from '../../../shared/formatTimestamp';
import { LoadFailure } from '../../../shared/components/LoadFailure';
import type { VerifyState } from '../actionState';
import { TrailVerdictMessage } from '../../../shared/trail/TrailVerdictMessage';

/** What the last "Verify integrity" found. */
export function VerifyResult({ state }: { state: VerifyState }) {
  if (state.status !== 'done' && state.status !== 'failed') return null;
  return (
    <Box testId="trail-verdict">
      {state.status === 'done' ? (
        <Stack space="space.050">
          <TrailVerdictMessage verdict={state.verdict} />
          <Text size="small" color="color.text.subtlest" testId="trail-verdict-since">
            {sinceText(state.verdict.since)}
          </Text>
        </Stack>
      ) : (
        <LoadFailure title="The audit trail could not be verified" error={state.error} />
      )}
    </Box>
  );
}

/** How far back this check re-hashed, and when the whole trail last was. */
function sinceText(since: CheckpointedVerdict['since']): string {
  const whole = since.fullyVerifiedAt
    ? `The whole trail was last re-hashed from the first entry on ${formatLocalExact(since.fullyVerifiedAt)}.`
    : 'The whole trail has not been re-hashed from the first entry yet: use Re-verify everything.';
  if (since.seq === 0) return 'Every entry was re-hashed from the first.';
  return `Checked from entry ${since.seq}, verified on ${formatLocalExact(since.verifiedAt ?? '')}. ${whole}`;
}
