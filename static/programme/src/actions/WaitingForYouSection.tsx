import Lozenge from '@atlaskit/lozenge';
import { Stack, Text } from '@atlaskit/primitives';
import { QuerySection } from '../../../shared/components/QuerySection';
import { RecordTable, type RecordColumn } from '../../../shared/components/RecordTable';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { JiraIssueLink } from './JiraIssueLink';
import { type WaitingItem, waitingFor } from './waitingForYou';

const kindWords: Record<WaitingItem['kind'], string> = {
  plan: 'Plan approval',
  extension: 'Due-date extension',
};

const columns: RecordColumn<WaitingItem>[] = [
  {
    key: 'kind',
    header: 'Decision',
    width: 18,
    cell: (item) => (
      <Lozenge appearance="inprogress" testId={`waiting-kind-${item.key}`}>
        {kindWords[item.kind]}
      </Lozenge>
    ),
  },
  {
    key: 'action',
    header: 'Corrective action',
    cell: ({ view, detail }) => (
      <Stack space="space.050">
        <Text weight="medium">{view.action.title}</Text>
        <Text size="small" color="color.text.subtle">
          {detail}
        </Text>
      </Stack>
    ),
  },
  {
    key: 'issue',
    header: 'Decide on the issue',
    width: 16,
    cell: (item) => (
      <JiraIssueLink issueKey={item.view.issueKey} url={item.view.issueUrl} testId={`waiting-issue-${item.key}`} />
    ),
  },
];

/**
 * For a programme manager or lead auditor: the plans waiting for their signed approval and the
 * due-date extensions waiting for their decision, across the programme. Each links to the action's
 * Jira issue, whose panel holds the signing forms.
 */
export function WaitingForYouSection({ refreshKey }: { refreshKey: number }) {
  const actions = useResolverQuery('listCorrectiveActions', {});
  return (
    <QuerySection
      title="Waiting for you"
      description="Plans to approve before implementation starts, and due-date extensions someone else asked for. Open the issue to sign."
      testId="actions-waiting"
      query={actions}
      refreshKey={refreshKey}
      status={{
        loadingLabel: 'Loading what waits for you',
        loadingTestId: 'waiting-loading',
        failureTitle: 'What waits for you could not be loaded',
        failureTestId: 'waiting-error',
      }}
    >
      {({ actions: views }) => (
        <RecordTable
          columns={columns}
          records={waitingFor(views)}
          recordKey={(item) => item.key}
          rowTestId={(item) => `waiting-row-${item.key}`}
          label="Decisions waiting for you"
          rowsPerPage={20}
          empty="Nothing waits for your approval."
          emptyTestId="waiting-empty"
          testId="waiting"
        />
      )}
    </QuerySection>
  );
}
