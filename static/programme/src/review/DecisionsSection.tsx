import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { ManagementReviewView, ReviewDecisionView } from '../../../../src/contract';
import type { ReviewChanges } from './reviewPart';
import { JiraIssueLink } from '../actions/JiraIssueLink';
import { issueStateWords } from '../actions/issueWords';
import { DecisionForm } from './DecisionForm';
import { DecisionRaiseProgress } from './DecisionRaiseProgress';
import { useDecisionRaise } from './useDecisionRaise';
import { decisionTypeWords } from './reviewWords';

interface DecisionsSectionProps extends ReviewChanges {
  view: ManagementReviewView;
  /** Programme managers and top management record and raise decisions. */
  canDecide: boolean;
}

/** A decision's Jira side: its key (linking to the issue), or where raising it stands. */
function DecisionIssue({ decision }: { decision: ReviewDecisionView }) {
  const issue = decision.issue;
  if (!issue) return <Text color="color.text.subtlest">Not raised</Text>;
  if (issue.issueKey) {
    return (
      <JiraIssueLink issueKey={issue.issueKey} url={issue.issueUrl} testId={`decision-issue-key-${decision.id}`} />
    );
  }
  const words = issueStateWords[issue.state];
  return (
    <Stack space="space.0">
      <Lozenge appearance={words.appearance} testId={`decision-issue-state-${decision.id}`}>
        {words.label}
      </Lozenge>
      {issue.lastError ? (
        <Text size="small" color="color.text.danger">
          {issue.lastError}
        </Text>
      ) : null}
    </Stack>
  );
}

/**
 * The review's decisions (9.3.3), each with an owner and a due date, and each raised once as a
 * Jira action issue (the exactly-once raising path of findings); the next review's "status of
 * previous actions" input reports on them.
 */
export function DecisionsSection({ view, canDecide, onSaved, onReload }: DecisionsSectionProps) {
  const raise = useDecisionRaise(view.id, onReload);
  const unraised = view.decisionList.filter((decision) => !decision.issue?.issueKey).length;
  const running = raise.job !== null && !raise.job.finished;

  const head = {
    cells: [
      { key: 'number', content: '#', width: 4 },
      { key: 'text', content: 'Decision' },
      { key: 'type', content: 'Type' },
      { key: 'owner', content: 'Owner' },
      { key: 'due', content: 'Due' },
      { key: 'issue', content: 'Jira issue' },
    ],
  };
  const rows = view.decisionList.map((decision) => ({
    key: decision.id,
    testId: `decision-row-${decision.id}`,
    cells: [
      { key: 'number', content: decision.number },
      { key: 'text', content: <Text testId={`decision-words-${decision.id}`}>{decision.text}</Text> },
      { key: 'type', content: <Text testId={`decision-type-${decision.id}`}>{decisionTypeWords(decision.type)}</Text> },
      { key: 'owner', content: decision.ownerName },
      { key: 'due', content: decision.dueDate },
      { key: 'issue', content: <DecisionIssue decision={decision} /> },
    ],
  }));

  return (
    <Stack space="space.150" testId="review-decisions">
      <Heading size="small">Decisions</Heading>
      {view.decisionList.length === 0 ? (
        <Text color="color.text.subtlest" testId="decisions-none">
          No decision recorded yet.
        </Text>
      ) : (
        <DynamicTable head={head} rows={rows} testId="decisions-table" />
      )}
      {canDecide ? (
        <Stack space="space.100">
          <Inline space="space.100" alignBlock="center">
            <Button
              appearance="primary"
              isDisabled={unraised === 0 || running}
              isLoading={raise.isStarting}
              onClick={() => void raise.start()}
              testId="decisions-raise"
            >
              {unraised === 0 ? 'Raise decisions in Jira' : `Raise decisions in Jira (${unraised})`}
            </Button>
            <Text size="small" color="color.text.subtlest">
              Each decision becomes one Jira action issue with its owner and due date; raising again never makes a
              second.
            </Text>
          </Inline>
          {raise.job ? <DecisionRaiseProgress job={raise.job} /> : null}
          {raise.error ? (
            <SectionMessage appearance="error" title="The decisions could not be raised" testId="decisions-raise-error">
              {raise.error.message}
            </SectionMessage>
          ) : null}
          <DecisionForm reviewId={view.id} onSaved={onSaved} />
        </Stack>
      ) : null}
    </Stack>
  );
}
