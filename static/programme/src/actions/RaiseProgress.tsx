import Lozenge from '@atlaskit/lozenge';
import ProgressBar from '@atlaskit/progress-bar';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { ResolverError } from '../../../../src/contract';
import type { RaiseJobView } from '../../../../src/contract/jira';
import { formatLocalExact } from '../../../shared/formatTimestamp';

const failureListStyles = xcss({ margin: 'space.0', paddingInlineStart: 'space.300' });

interface RaiseProgressProps {
  job: RaiseJobView;
  error: ResolverError | null;
}

/** A raise job as a progress bar with its counts, and each finding Jira refused with why. */
export function RaiseProgress({ job, error }: RaiseProgressProps) {
  const settled = job.done + job.failed;
  const share = job.total === 0 ? 1 : settled / job.total;
  const percent = Math.round(share * 100);
  return (
    <Stack space="space.100" testId="raise-progress">
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <Text weight="semibold">{job.finished ? 'Last raise' : 'Raising issues'}</Text>
        {job.finished ? (
          <Lozenge appearance={job.failed > 0 ? 'moved' : 'success'} testId="raise-progress-state">
            {job.failed > 0 ? 'Finished with failures' : 'Finished'}
          </Lozenge>
        ) : (
          <Lozenge appearance="inprogress" testId="raise-progress-state">
            Running
          </Lozenge>
        )}
        <Text size="small" color="color.text.subtlest">
          started by {job.requestedByName}, {formatLocalExact(job.requestedAt)}
        </Text>
      </Inline>
      <ProgressBar
        value={share}
        appearance={job.finished && job.failed === 0 ? 'success' : 'default'}
        ariaLabel={`Raised ${settled} of ${job.total}`}
        testId="raise-progress-bar"
      />
      <Text testId="raise-progress-counts">
        {percent}% · {job.done} done · {job.failed} failed · {job.remaining} remaining of {job.total}
      </Text>
      {error ? (
        <Text size="small" color="color.text.warning" testId="raise-progress-read-error">
          The progress could not be read just now ({error.message}); trying again.
        </Text>
      ) : null}
      {job.failures.length > 0 ? (
        <SectionMessage appearance="warning" title="Jira refused these findings" testId="raise-failures">
          <Box as="ul" xcss={failureListStyles}>
            {job.failures.map((failure) => (
              <li key={failure.trackedId} data-testid={`raise-failure-${failure.subjectId}`}>
                <Text weight="semibold">{failure.title}</Text>: {failure.message}
              </li>
            ))}
          </Box>
          <Text as="p" size="small">
            The other findings went ahead. Raising again retries the failed ones.
          </Text>
        </SectionMessage>
      ) : null}
    </Stack>
  );
}
