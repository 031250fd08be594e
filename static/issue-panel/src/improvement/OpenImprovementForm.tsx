import type { CorrectiveActionView, IssueContextView } from '../../../../src/contract';
import { type ActionOpeningWords, ActionOpeningForm } from '../ActionOpeningForm';

interface OpenImprovementFormProps {
  context: IssueContextView;
  onOpened: (view: CorrectiveActionView) => void;
}

const words: ActionOpeningWords = {
  testId: 'panel-open-improvement',
  heading: 'Open an improvement action',
  intro:
    'An observation or opportunity for improvement may be acted on (ISO 27001 10.1): the action has an owner, a due date and evidence, and closes when done, with no effectiveness verification.',
  start: {
    idSuffix: 'sought',
    label: 'Improvement sought',
    helper: 'What the action should improve, and why it is worth doing.',
  },
  failureTitle: 'The improvement action was not opened',
  submitLabel: 'Open improvement action',
};

/**
 * Offers an improvement action (ISO 27001 10.1) for the observations and opportunities for
 * improvement on this issue that are still open and have no action: the improvement sought, then
 * the plan and its implementation, with no verification. A programme manager may instead record
 * that none will be taken (the exemption offered with the finding).
 */
export function OpenImprovementForm({ context, onOpened }: OpenImprovementFormProps) {
  const mayOpen = context.roles.some((role) => ['programmeManager', 'leadAuditor', 'auditee'].includes(role));
  const isActionIssue = context.actions.some((action) => action.issueKey === context.issueKey);
  const findingIds = context.findings
    .filter((finding) => finding.grade === 'observation' || finding.grade === 'opportunity')
    .filter((finding) => !finding.closure.closed)
    .filter((finding) => !context.actions.some((action) => action.findings.some((f) => f.id === finding.id)))
    .map((finding) => finding.id);
  if (!mayOpen || isActionIssue || findingIds.length === 0) return null;

  return <ActionOpeningForm findingIds={findingIds} kind="improvement" words={words} onOpened={onOpened} />;
}
