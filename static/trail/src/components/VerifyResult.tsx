import { Box } from '@atlaskit/primitives';
import { LoadFailure } from '../../../shared/components/LoadFailure';
import type { VerifyState } from '../actionState';
import { TrailVerdictMessage } from '../../../shared/trail/TrailVerdictMessage';

/** What the last "Verify integrity" found. */
export function VerifyResult({ state }: { state: VerifyState }) {
  if (state.status !== 'done' && state.status !== 'failed') return null;
  return (
    <Box testId="trail-verdict">
      {state.status === 'done' ? (
        <TrailVerdictMessage verdict={state.verdict} />
      ) : (
        <LoadFailure title="The audit trail could not be verified" error={state.error} />
      )}
    </Box>
  );
}
