import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import type { CorrectiveActionView } from '../../../../src/contract';
import { actionStateWords, daysWord } from './issueWords';
import { JiraIssueLink } from './JiraIssueLink';

/** The audit's corrective actions, open ones first: where each stands, who owns it, how late. */
export function CorrectiveActionsList({ actions }: { actions: readonly CorrectiveActionView[] }) {
  const head = {
    cells: [
      { key: 'title', content: 'Corrective action' },
      { key: 'state', content: 'Step' },
      { key: 'issue', content: 'Issue' },
      { key: 'owner', content: 'Owner' },
      { key: 'due', content: 'Due' },
    ],
  };
  const rows = actions.map((view) => {
    const { action } = view;
    const words = actionStateWords[action.state];
    return {
      key: view.id,
      testId: `action-row-${view.id}`,
      cells: [
        {
          key: 'title',
          content: (
            <Stack space="space.050">
              <Text weight="medium">{action.title}</Text>
              <Text size="small" color="color.text.subtlest">
                For {view.findings.map((finding) => finding.issueKey ?? finding.title).join(', ')}
                {action.notEffectiveCount > 0
                  ? ` · found not effective ${action.notEffectiveCount === 1 ? 'once' : `${action.notEffectiveCount} times`}`
                  : ''}
              </Text>
            </Stack>
          ),
        },
        {
          key: 'state',
          content: (
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
          ),
        },
        {
          key: 'issue',
          content: <JiraIssueLink issueKey={view.issueKey} url={view.issueUrl} testId={`action-issue-${view.id}`} />,
        },
        {
          key: 'owner',
          content: view.ownerName ?? <Text color="color.text.subtlest">No plan yet</Text>,
        },
        {
          key: 'due',
          content: action.plan?.dueDate ?? view.overdue?.dueDate ?? <Text color="color.text.subtlest">—</Text>,
        },
      ],
    };
  });
  return (
    <Box testId="corrective-actions">
      <DynamicTable
        label="Corrective actions"
        head={head}
        rows={rows}
        rowsPerPage={20}
        emptyView={
          <Text color="color.text.subtle">
            No corrective action yet. The auditee opens one from the finding’s Jira issue.
          </Text>
        }
      />
    </Box>
  );
}
