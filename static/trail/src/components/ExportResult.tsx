import SectionMessage from '@atlaskit/section-message';
import { Box, Text } from '@atlaskit/primitives';
import { LoadFailure } from '../../../shared/components/LoadFailure';
import type { ExportState } from '../actionState';

/** How far a running export has got, which file the last export saved, or why it failed. */
export function ExportResult({ state }: { state: ExportState }) {
  if (state.status === 'running') {
    return (
      <Box testId="trail-export-progress">
        <Text>{state.entries} entries exported so far…</Text>
      </Box>
    );
  }
  if (state.status !== 'done' && state.status !== 'failed') return null;
  return (
    <Box testId="trail-export-message">
      {state.status === 'done' ? (
        <SectionMessage appearance="information" title={`Downloaded ${state.fileName}`}>
          <Text as="p">
            {state.entries} {state.entries === 1 ? 'entry' : 'entries'} matching the filter, oldest first.
          </Text>
        </SectionMessage>
      ) : (
        <LoadFailure title="The audit trail could not be exported" error={state.error} />
      )}
    </Box>
  );
}
