import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import ProgressBar from '@atlaskit/progress-bar';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { useCallback, useEffect, useState } from 'react';
import type { ResolverError, TrailVerificationProgress } from '../../../../src/contract';
import { LoadFailure } from '../../../shared/components/LoadFailure';
import { formatLocalExact } from '../../../shared/formatTimestamp';
import { callResolver } from '../../../shared/invokeClient';
import { TrailVerdictMessage } from '../../../shared/trail/TrailVerdictMessage';

/** Who asked, when the weekly scheduled trigger started the job (app/trail/scheduledVerification.ts). */
const SCHEDULE = 'app:trail-verification-schedule';

/** How often the page asks how far a running job has got. */
const POLL_MS = 3000;

/**
 * The full re-verification: every entry from 1 re-hashed by a background job (a resolver could
 * not do it in its 25 s at millions of entries), started weekly by a scheduled trigger or here by
 * hand. Start it, follow its progress, read its verdict and when the last one finished.
 */
export function FullVerification() {
  const [job, setJob] = useState<TrailVerificationProgress | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [starting, setStarting] = useState(false);

  const refresh = useCallback(async () => {
    const result = await callResolver('fullVerificationProgress', {});
    if (result.ok) {
      setJob(result.value.job);
      setError(null);
    } else setError(result.error);
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const running = job !== null && job.phase !== 'done';
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [running, refresh]);

  const start = async () => {
    setStarting(true);
    const result = await callResolver('startFullVerification', {});
    setStarting(false);
    if (result.ok) {
      setJob(result.value);
      setError(null);
    } else setError(result.error);
  };

  return (
    <Stack space="space.100" testId="trail-full-verification">
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <Button onClick={() => void start()} isLoading={starting} isDisabled={running} testId="trail-reverify">
          Re-verify everything
        </Button>
        {job ? (
          <>
            <Lozenge appearance={running ? 'inprogress' : 'success'} testId="trail-reverify-state">
              {running ? 'Running' : 'Finished'}
            </Lozenge>
            <Text size="small" color="color.text.subtlest">
              started {formatLocalExact(job.requestedAt)}
              {job.requestedBy === SCHEDULE ? ' by the weekly schedule' : ''}
            </Text>
            {running ? null : (
              <Text size="small" color="color.text.subtlest" testId="trail-reverify-finished">
                last finished {formatLocalExact(job.updatedAt)}
              </Text>
            )}
          </>
        ) : (
          <Text size="small" color="color.text.subtlest">
            Re-hashes every entry from the first, as a background job.
          </Text>
        )}
      </Inline>
      {job && running ? (
        <>
          <ProgressBar
            value={job.percent / 100}
            ariaLabel={`Re-hashed ${job.checked} of ${job.of} entries`}
            testId="trail-reverify-bar"
          />
          <Text testId="trail-reverify-counts">
            {job.percent}% · {job.checked} of {job.of} entries re-hashed
            {job.phase === 'records' ? ' · checking the records' : ''}
          </Text>
        </>
      ) : null}
      {job?.verdict ? <TrailVerdictMessage verdict={job.verdict} testId="trail-reverify-verdict" /> : null}
      {error ? <LoadFailure title="The full re-verification could not be read or started" error={error} /> : null}
    </Stack>
  );
}
