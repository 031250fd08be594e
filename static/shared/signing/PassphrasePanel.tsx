import Heading from '@atlaskit/heading';
import { Box, Stack, xcss } from '@atlaskit/primitives';
import { useEffect } from 'react';
import { LoadFailure } from '../components/LoadFailure';
import { Loading } from '../components/Loading';
import { useResolverQuery } from '../useResolverQuery';
import { PassphraseForm } from './PassphraseForm';
import { PassphraseResetForm } from './PassphraseResetForm';
import { PassphraseStatusLine } from './PassphraseStatusLine';

const dividerStyles = xcss({
  borderBlockStartWidth: 'border.width',
  borderBlockStartStyle: 'solid',
  borderBlockStartColor: 'color.border',
  paddingBlockStart: 'space.300',
});

interface PassphrasePanelProps {
  /** Programme managers may reset other people's passphrases. */
  canReset: boolean;
  /** Changes whenever the signing status may have changed elsewhere (a signing attempt): reads it again. */
  refreshKey?: number;
}

/** The caller's signing passphrase: its status, and a form to set or change it. */
export function PassphrasePanel({ canReset, refreshKey = 0 }: PassphrasePanelProps) {
  const query = useResolverQuery('getSigningStatus', {});
  const { state, reload } = query;

  useEffect(() => {
    if (refreshKey > 0) void reload();
  }, [refreshKey, reload]);

  return (
    <Stack space="space.300" testId="passphrase-panel">
      {state.status === 'loading' ? <Loading label="Loading your signing status" testId="passphrase-loading" /> : null}
      {state.status === 'error' ? (
        <LoadFailure
          title="Your signing status could not be loaded"
          error={state.error}
          onRetry={() => void reload()}
          testId="passphrase-load-error"
        />
      ) : null}
      {state.status === 'ok' ? (
        <Stack space="space.200">
          <PassphraseStatusLine status={state.value} />
          <Heading size="small">
            {state.value.status === 'active' ? 'Change your passphrase' : 'Set your passphrase'}
          </Heading>
          <PassphraseForm status={state.value} onSaved={query.replace} />
        </Stack>
      ) : null}
      {canReset ? (
        <Box xcss={dividerStyles}>
          <Stack space="space.200">
            <Heading size="small">Reset someone&apos;s passphrase</Heading>
            <PassphraseResetForm />
          </Stack>
        </Box>
      ) : null}
    </Stack>
  );
}
