import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { CorrectiveActionView } from '../../../../src/contract';
import { Placeholder } from '../../../shared/components/Placeholder';
import { RecordTable, type RecordColumn } from '../../../shared/components/RecordTable';
import { actionStateWords, daysWord, overdueKindWords } from './issueWords';
import { JiraIssueLink } from './JiraIssueLink';

/**
 * Who approved the plan (signed), or that an approval is not signed yet; and a due-date extension
 * waiting for a decision. The forms are on the action's issue panel; this list only says where it stands.
 */
function ApprovalNote({ view }: { view: CorrectiveActionView }) {
  const pending = view.extensions.some(({ extension }) => extension.decision === null);
  const approval = view.planApproval;
  const approved = approval
    ? approval.signature
      ? `Plan approved by ${approval.approverName}`
      : `Plan approval by ${approval.approverName} not signed`
    : null;
  if (!approved && !pending) return null;
  return (
    <Text size="small" color="color.text.subtle" testId={`action-approval-${view.id}`}>
      {[approved, pending ? 'extension asked for' : null].filter(Boolean).join(' · ')}
    </Text>
  );
}

/**
 * The controlled due date (the plan's, or the latest signed extension's), and once implemented the
 * effectiveness check's window: it opens after the policy's waiting period and is due on its day.
 */
function DueDates({ view }: { view: CorrectiveActionView }) {
  const { dates } = view;
  const due = dates.controlledDueDate ?? view.action.plan?.dueDate ?? view.overdue?.dueDate ?? null;
  const extended = dates.controlledDueDate !== null && dates.controlledDueDate !== view.action.plan?.dueDate;
  return (
    <Stack space="space.025" testId={`action-due-${view.id}`}>
      {due ? <Text>{extended ? `${due} (extended)` : due}</Text> : <Placeholder>—</Placeholder>}
      {dates.check ? (
        <Text size="small" color="color.text.subtle" testId={`action-check-due-${view.id}`}>
          Check {dates.check.opensOn === dates.check.dueOn ? 'due' : `from ${dates.check.opensOn}, due`}{' '}
          {dates.check.dueOn}
        </Text>
      ) : null}
    </Stack>
  );
}

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
              {`${overdueKindWords[view.overdue.kind].late} ${daysWord(view.overdue.daysOverdue)} late`}
            </Lozenge>
          ) : null}
          <ApprovalNote view={view} />
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
    cell: (view) => <DueDates view={view} />,
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
