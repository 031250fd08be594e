import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { CorrectiveActionView } from '../../../src/contract';
import { BorderedCard } from '../../shared/components/BorderedCard';
import type { Person } from '../../shared/components/PeopleSelect';
import { Lifecycle } from './Lifecycle';
import { StepForm } from './StepForm';
import { VerificationForm } from './VerificationForm';
import { Verifications } from './Verifications';

const formSteps = ['rootCause', 'extent', 'plan', 'implementation'] as const;
type FormStep = (typeof formSteps)[number];
const isFormStep = (state: string): state is FormStep => (formSteps as readonly string[]).includes(state);

interface ActionCardProps {
  view: CorrectiveActionView;
  people: readonly Person[];
  /** The issue on screen is this action's own (not the finding's it answers). */
  isOwnIssue: boolean;
  onChanged: (view: CorrectiveActionView) => void;
}

/** One corrective action: its lifecycle, the next step's form, the verification, and its records. */
export function ActionCard({ view, people, isOwnIssue, onChanged }: ActionCardProps) {
  const { action, may } = view;
  const step = action.state;
  const personName = (accountId: string) =>
    accountId === action.plan?.ownerId && view.ownerName
      ? view.ownerName
      : (people.find((person) => person.accountId === accountId)?.displayName ?? accountId);
  return (
    <BorderedCard space="space.200" testId={`panel-action-${view.id}`}>
      <Stack space="space.050">
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <Heading size="small">{action.title}</Heading>
          <Lozenge appearance={step === 'closed' ? 'success' : 'inprogress'} testId="panel-action-state">
            {step === 'closed' ? 'Closed' : 'Open'}
          </Lozenge>
          {view.overdue ? (
            <Lozenge appearance="removed" testId="panel-action-overdue">
              {`${view.overdue.kind === 'plan' ? 'Plan' : 'Action'} overdue ${view.overdue.daysOverdue} d`}
            </Lozenge>
          ) : null}
        </Inline>
        <Text size="small" color="color.text.subtle">
          Corrective action
          {!isOwnIssue && view.issueKey ? (
            <>
              {' '}
              {view.issueUrl ? (
                <a href={view.issueUrl} target="_blank" rel="noreferrer" data-testid="panel-action-issue">
                  {view.issueKey}
                </a>
              ) : (
                view.issueKey
              )}
            </>
          ) : null}
          {view.findings.length > 0
            ? ` for ${view.findings.map((finding) => finding.issueKey ?? finding.title).join(', ')}`
            : ''}
          {view.implementerName ? ` · implemented by ${view.implementerName}` : ''}
        </Text>
      </Stack>
      <Lifecycle view={view} personName={personName} />
      {isFormStep(step) && may.recordStep ? (
        <StepForm key={`${step}-${view.version}`} view={view} step={step} people={people} onRecorded={onChanged} />
      ) : null}
      {isFormStep(step) && !may.recordStep ? (
        <Text color="color.text.subtle" testId="panel-step-not-yours">
          The action’s owner, the auditee or the lead auditor records the next step.
        </Text>
      ) : null}
      {step === 'verification' && may.verify ? <VerificationForm view={view} onVerified={onChanged} /> : null}
      {step === 'verification' && !may.verify ? (
        <SectionMessage
          appearance="information"
          title="Awaiting an independent verification"
          testId="panel-verify-not-yours"
        >
          An auditor who neither implemented this action nor is its assignee verifies it and signs the result. Until an
          effective verification is signed, the issue cannot be closed.
        </SectionMessage>
      ) : null}
      <Verifications verifications={view.verifications} />
    </BorderedCard>
  );
}
