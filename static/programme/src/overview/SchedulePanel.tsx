import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import type {
  AuditSummary,
  ResolverError,
  ScheduleProposalWithRequiredAudits,
  Session,
} from '../../../../src/contract';
import { LoadFailure } from '../../../shared/components/LoadFailure';
import { Section } from '../../../shared/components/Section';
import { callResolver } from '../../../shared/invokeClient';
import type { ResolverQuery } from '../../../shared/useResolverQuery';
import { SchedulePreview } from './SchedulePreview';
import { ScheduleTable } from './ScheduleTable';
import { QueryStatus } from '../../../shared/components/QueryStatus';

interface SchedulePanelProps {
  session: Session;
  cycleStart: string;
  audits: ResolverQuery<{ audits: AuditSummary[] }>;
  /** Audits were created: coverage and the audits tab change too. */
  onAdopted: () => void;
}

type Proposal =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'shown'; view: ScheduleProposalWithRequiredAudits }
  | { kind: 'failed'; error: ResolverError };

/**
 * The cycle's schedule, and the risk-based proposal behind it: a lead auditor or programme manager
 * previews what the frequency policy proposes, a programme manager adopts it (the audits not yet
 * scheduled become planned audits) and then edits the audits one by one.
 */
export function SchedulePanel({ session, cycleStart, audits, onAdopted }: SchedulePanelProps) {
  const [proposal, setProposal] = useState<Proposal>({ kind: 'none' });
  const [adopting, setAdopting] = useState(false);
  const [adopted, setAdopted] = useState<{ created: number; alreadyScheduled: number } | null>(null);
  const [adoptError, setAdoptError] = useState<ResolverError | null>(null);
  const canPropose = session.roles.some((role) => role === 'programmeManager' || role === 'leadAuditor');
  const canAdopt = session.roles.includes('programmeManager');

  const propose = async () => {
    setProposal({ kind: 'loading' });
    setAdopted(null);
    setAdoptError(null);
    const result = await callResolver('proposeSchedule', { cycleStart });
    setProposal(result.ok ? { kind: 'shown', view: result.value } : { kind: 'failed', error: result.error });
  };

  const adopt = async () => {
    setAdopting(true);
    setAdoptError(null);
    const result = await callResolver('adoptProposedSchedule', { cycleStart });
    setAdopting(false);
    if (!result.ok) return setAdoptError(result.error);
    setAdopted({ created: result.value.created.length, alreadyScheduled: result.value.alreadyScheduled });
    setProposal({ kind: 'none' });
    onAdopted();
  };

  const newOnes = proposal.kind === 'shown' ? proposal.view.proposals.filter((p) => !p.alreadyScheduled).length : 0;
  return (
    <Section
      title="Schedule"
      description="The cycle's audits in date order. A late audit has passed its planned end without a report."
      testId="schedule"
    >
      <Stack space="space.200">
        {canPropose ? (
          <Inline space="space.100" alignBlock="center" shouldWrap>
            <Button onClick={() => void propose()} isLoading={proposal.kind === 'loading'} testId="schedule-propose">
              Propose schedule
            </Button>
            <Text color="color.text.subtle" size="small">
              From the areas&apos; risk and the programme&apos;s frequency policy. Nothing is saved until adopted.
            </Text>
          </Inline>
        ) : null}
        {proposal.kind === 'failed' ? (
          <LoadFailure title="No schedule could be proposed" error={proposal.error} testId="schedule-propose-error" />
        ) : null}
        {proposal.kind === 'shown' ? (
          <Stack space="space.150">
            <SchedulePreview proposal={proposal.view} />
            <Inline space="space.100" alignBlock="center" shouldWrap>
              {canAdopt ? (
                <Button
                  appearance="primary"
                  onClick={() => void adopt()}
                  isLoading={adopting}
                  isDisabled={newOnes === 0}
                  testId="schedule-adopt"
                >
                  {newOnes === 0 ? 'Nothing to adopt' : `Adopt: plan ${newOnes} audit${newOnes === 1 ? '' : 's'}`}
                </Button>
              ) : (
                <Text size="small" color="color.text.subtle">
                  A programme manager adopts the proposal.
                </Text>
              )}
              <Button appearance="subtle" onClick={() => setProposal({ kind: 'none' })} testId="schedule-propose-close">
                Close the proposal
              </Button>
            </Inline>
            {proposal.view.nothingToAdopt ? (
              <Text as="p" color="color.text.subtle" testId="schedule-nothing-to-adopt">
                {proposal.view.nothingToAdopt}
              </Text>
            ) : null}
          </Stack>
        ) : null}
        {adoptError ? (
          <LoadFailure title="The proposal was not adopted" error={adoptError} testId="schedule-adopt-error" />
        ) : null}
        {adopted ? (
          <SectionMessage appearance="success" title="Schedule adopted" testId="schedule-adopted">
            <Text as="p">
              {adopted.created} audit{adopted.created === 1 ? '' : 's'} planned; {adopted.alreadyScheduled} were already
              scheduled. Open the Audits tab to set dates, teams and scope.
            </Text>
          </SectionMessage>
        ) : null}
        <QueryStatus query={audits} what="the schedule" testId="schedule" />
        {audits.state.status === 'ok' ? <ScheduleTable audits={audits.state.value.audits} /> : null}
      </Stack>
    </Section>
  );
}
