import Lozenge from '@atlaskit/lozenge';
import ProgressBar from '@atlaskit/progress-bar';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { RaiseJobView } from '../../../../src/contract/jira';

const failureListStyles = xcss({ margin: 'space.0', paddingInlineStart: 'space.300' });

/** The decisions' raise job as a progress bar with its counts, and each decision Jira refused with why. */
export function DecisionRaiseProgress({ job }: { job: RaiseJobView }) {
  const settled = job.done + job.failed;
  const share = job.total === 0 ? 1 : settled / job.total;
  return (
    <Stack space="space.100" testId="decision-raise-progress">
      <Inline space="space.100" alignBlock="center">
        <Text weight="semibold">{job.finished ? 'Decisions raised' : 'Raising decisions'}</Text>
        <Lozenge
          appearance={job.finished ? (job.failed > 0 ? 'moved' : 'success') : 'inprogress'}
          testId="decision-raise-state"
        >
          {job.finished ? (job.failed > 0 ? 'Finished with failures' : 'Finished') : 'Running'}
        </Lozenge>
      </Inline>
      <ProgressBar
        value={share}
        appearance={job.finished && job.failed === 0 ? 'success' : 'default'}
        ariaLabel={`Raised ${settled} of ${job.total} decisions`}
        testId="decision-raise-bar"
      />
      <Text testId="decision-raise-counts">
        {Math.round(share * 100)}% · {job.done} done · {job.failed} failed · {job.remaining} remaining of {job.total}
      </Text>
      {job.failures.length > 0 ? (
        <SectionMessage appearance="warning" title="Jira refused these decisions" testId="decision-raise-failures">
          <Box as="ul" xcss={failureListStyles}>
            {job.failures.map((failure) => (
              <li key={failure.trackedId}>
                <Text weight="semibold">{failure.title}</Text>: {failure.message}
              </li>
            ))}
          </Box>
          <Text as="p" size="small">
            Raising again retries the failed ones; a decision never gets a second issue.
          </Text>
        </SectionMessage>
      ) : null}
    </Stack>
  );
}
