import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { CorrectiveActionView } from '../../../../src/contract';
import { Placeholder } from '../../../shared/components/Placeholder';
import { RecordTable, type RecordColumn } from '../../../shared/components/RecordTable';
import { actionStateWords, daysWord } from './issueWords';
import { JiraIssueLink } from './JiraIssueLink';

const columns: RecordColumn<CorrectiveActionView>[] = [
  {
    key: 'title',
    header: 'Corrective action',
    cell: ({ action, findings }) => (
      <Stack space="space.050">
        <Text weight="medium">{action.title}</Text>
        <Text size="small" color="color.text.subtlest">
          For {findings.map((finding) => finding.issueKey ?? finding.title).join(', ')}
          {action.notEffectiveCount > 0
            ? ` · found not effective ${action.notEffectiveCount === 1 ? 'once' : `${action.notEffectiveCount} times`}`
            : ''}
        </Text>
      </Stack>
    ),
  },
  {
    key: 'state',
    header: 'Step',
    cell: (view) => {
      const words = actionStateWords[view.action.state];
      return (
        <Inline space="space.050" shouldWrap>
          <Lozenge appearance={words.appearance} testId={`action-state-${view.id}`}>
            {words.label}
          </Lozenge>
          {view.overdue ? (
            <Lozenge appearance="removed" testId={`action-overdue-${view.id}`}>
              {`${view.overdue.kind === 'plan' ? 'Plan' : 'Action'} ${daysWord(view.overdue.daysOverdue)} late`}
            </Lozenge>
          ) : null}
        </Inline>
      );
    },
  },
  {
    key: 'issue',
    header: 'Issue',
    cell: (view) => <JiraIssueLink issueKey={view.issueKey} url={view.issueUrl} testId={`action-issue-${view.id}`} />,
  },
  {
    key: 'owner',
    header: 'Owner',
    cell: (view) => view.ownerName ?? <Placeholder>No plan yet</Placeholder>,
  },
  {
    key: 'due',
    header: 'Due',
    cell: (view) => view.action.plan?.dueDate ?? view.overdue?.dueDate ?? <Placeholder>—</Placeholder>,
  },
];

/** The audit's corrective actions, open ones first: where each stands, who owns it, how late. */
export function CorrectiveActionsList({ actions }: { actions: readonly CorrectiveActionView[] }) {
  return (
    <RecordTable
      columns={columns}
      records={actions}
      recordKey={(view) => view.id}
      rowTestId={(view) => `action-row-${view.id}`}
      label="Corrective actions"
      rowsPerPage={20}
      empty="No corrective action yet. The auditee opens one from the finding’s Jira issue."
      testId="corrective-actions"
    />
  );
}
