import Button from '@atlaskit/button/new';
import { Box, Inline, Stack } from '@atlaskit/primitives';
import { useState } from 'react';
import type { ResolverError, TrailVerdict } from '../../../../src/contract';
import { callResolver } from '../../../shared/invokeClient';
import { LoadFailure } from '../../../shared/components/LoadFailure';
import { Section } from '../../../shared/components/Section';
import { TrailVerdictMessage } from '../../../shared/trail/TrailVerdictMessage';

type Check =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; verdict: TrailVerdict }
  | { status: 'failed'; error: ResolverError };

/** Walks the hash-chained audit trail on request and reports the first break, if any. */
export function TrailPanel() {
  const [check, setCheck] = useState<Check>({ status: 'idle' });

  const verify = async () => {
    setCheck({ status: 'running' });
    const result = await callResolver('verifyAuditTrail', {});
    setCheck(result.ok ? { status: 'done', verdict: result.value } : { status: 'failed', error: result.error });
  };

  return (
    <Section
      title="Audit trail"
      description="Every change is chained to the one before it. Verifying recomputes the chain from the first entry."
      testId="trail"
    >
      <Stack space="space.200">
        <Inline>
          <Button onClick={() => void verify()} isLoading={check.status === 'running'} testId="trail-verify">
            Verify audit trail
          </Button>
        </Inline>
        {check.status === 'done' || check.status === 'failed' ? (
          <Box testId="trail-result">
            {check.status === 'failed' ? (
              <LoadFailure title="The audit trail could not be verified" error={check.error} />
            ) : (
              <TrailVerdictMessage verdict={check.verdict} />
            )}
          </Box>
        ) : null}
      </Stack>
    </Section>
  );
}
