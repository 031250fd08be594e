import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { CorrectiveActionView } from '../../../src/contract';
import { BorderedCard } from '../../shared/components/BorderedCard';
import type { Person } from '../../shared/components/PeopleSelect';
import { ActionDates } from './ActionDates';
import { ImprovementRecord } from './improvement/ImprovementRecord';
import { todayOnThisClock } from './calendarDays';
import { ExtensionDecisionForm } from './ExtensionDecisionForm';
import { ExtensionRequestForm } from './ExtensionRequestForm';
import { Lifecycle } from './Lifecycle';
import { PlanApprovalForm } from './PlanApprovalForm';
import { StepForm } from './StepForm';
import { VerificationForm } from './VerificationForm';
import { Verifications } from './Verifications';
import { SiteLink } from '../../shared/components/SiteLink';

const formSteps = ['rootCause', 'extent', 'plan', 'implementation'] as const;
type FormStep = (typeof formSteps)[number];
const isFormStep = (state: string): state is FormStep => (formSteps as readonly string[]).includes(state);

const overdueWords = { plan: 'Plan', action: 'Action', check: 'Effectiveness check' } as const;

interface ActionCardProps {
  view: CorrectiveActionView;
  people: readonly Person[];
  /** The issue on screen is this action's own (not the finding's it answers). */
  isOwnIssue: boolean;
  /** The viewer's app roles, to say who else approves when they may not. */
  roles: readonly string[];
  onChanged: (view: CorrectiveActionView) => void;
}

/** One corrective action: its lifecycle, the next step's form, the verification, and its records. */
export function ActionCard({ view, people, isOwnIssue, roles, onChanged }: ActionCardProps) {
  const { action, may } = view;
  const step = action.state;
  const pending = view.extensions.find((extension) => extension.extension.decision === null);
  const checkOpensOn = view.dates.check?.opensOn ?? null;
  const checkNotOpen = checkOpensOn !== null && todayOnThisClock() < checkOpensOn;
  // A manager or lead auditor not offered the approval owns the plan: nobody approves their own plan.
  const ownsPlan = roles.some((role) => role === 'programmeManager' || role === 'leadAuditor');
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
              {`${overdueWords[view.overdue.kind]} overdue ${view.overdue.daysOverdue} d`}
            </Lozenge>
          ) : null}
        </Inline>
        <Text size="small" color="color.text.subtle">
          Corrective action
          {!isOwnIssue && view.issueKey ? (
            <>
              {' '}
              {view.issueUrl ? (
                <SiteLink path={view.issueUrl} testId="panel-action-issue">
                  {view.issueKey}
                </SiteLink>
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
      {view.challengedBy.length > 0 ? (
        // A repeat of the same item in the same area after it closed effective puts that judgement in doubt.
        <SectionMessage appearance="warning" testId="panel-action-challenged">
          Effectiveness challenged by a repeat finding raised on{' '}
          {view.challengedBy.map((repeat) => repeat.raisedOn).join(', ')}.
        </SectionMessage>
      ) : null}
      <Lifecycle view={view} personName={personName} />
      <ActionDates view={view} />
      <ImprovementRecord view={view} />
      {isFormStep(step) && may.recordStep ? (
        <StepForm key={`${step}-${view.version}`} view={view} step={step} people={people} onRecorded={onChanged} />
      ) : null}
      {isFormStep(step) && !may.recordStep ? (
        <Text color="color.text.subtle" testId="panel-step-not-yours">
          The action’s owner, the auditee or the lead auditor records the next step.
        </Text>
      ) : null}
      {step === 'planApproval' && may.approvePlan ? (
        <PlanApprovalForm
          // A decided extension moves the due date, and with it the check date the form proposes.
          key={`approve-${view.version}-${view.dates.controlledDueDate ?? ''}`}
          view={view}
          onApproved={onChanged}
        />
      ) : null}
      {step === 'planApproval' && !may.approvePlan ? (
        <Text color="color.text.subtle" testId="panel-approval-not-yours">
          {ownsPlan
            ? 'You own this plan: another programme manager or lead auditor approves it before implementation starts.'
            : 'A programme manager or lead auditor who does not own the plan approves it before implementation starts.'}
        </Text>
      ) : null}
      {may.requestExtension ? (
        <ExtensionRequestForm key={`extend-${view.version}`} view={view} onRequested={onChanged} />
      ) : null}
      {pending && may.decideExtension ? (
        <ExtensionDecisionForm key={`decide-${pending.id}`} extension={pending} onDecided={onChanged} />
      ) : null}
      {pending && !may.decideExtension ? (
        <Text color="color.text.subtle" testId="panel-extension-pending">
          An extension to {pending.extension.toDate} waits for a programme manager who did not ask for it.
        </Text>
      ) : null}
      {step === 'verification' && may.verify && checkNotOpen ? (
        <SectionMessage
          appearance="information"
          title="The effectiveness check is not open yet"
          testId="panel-check-not-open"
        >
          The effectiveness check opens on {checkOpensOn}
          {view.dates.check ? `, due ${view.dates.check.dueOn}` : ''}: the policy waits {view.dates.waitDays} days after
          implementation, so the check judges an effect and not only that the work was done.
        </SectionMessage>
      ) : null}
      {step === 'verification' && may.verify && !checkNotOpen ? (
        <VerificationForm view={view} onVerified={onChanged} />
      ) : null}
      {step === 'verification' && !may.verify ? (
        <SectionMessage
          appearance="information"
          title="Awaiting an independent verification"
          testId="panel-verify-not-yours"
        >
          An auditor with a valid certificate who neither implemented this action, owns its plan, is its assignee nor
          works in the area concerned verifies it and signs the result
          {checkOpensOn ? `, from ${checkOpensOn}` : ''}. Until an effective verification is signed, the issue cannot be
          closed.
        </SectionMessage>
      ) : null}
      <Verifications verifications={view.verifications} />
    </BorderedCard>
  );
}
