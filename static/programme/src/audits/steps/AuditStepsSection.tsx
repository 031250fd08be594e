import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { FindingView } from '../../../../../src/contract';
import { Section } from '../../../../shared/components/Section';
import type { AuditView } from '../planDraft';
import type { AuditLookups } from '../useAuditLookups';
import { AuditMeetings } from './AuditMeetings';
import { PlanAcknowledgements } from './PlanAcknowledgements';
import { PlanApproval } from './PlanApproval';

interface AuditStepsSectionProps {
  view: AuditView;
  lookups: AuditLookups;
  findings: readonly FindingView[];
  onChanged: (next: AuditView) => void;
  /** Read the audit again (after a signature, which the audit's view carries). */
  onReload: () => void;
  onSigningAttempt?: () => void;
}

/**
 * The audit's steps in order (ISO 19011 6.3–6.5): the plan approved with a signature and
 * acknowledged by each auditee before fieldwork, the opening meeting before reporting, the closing
 * meeting with each finding's position before the report's approval; and what the next move misses.
 */
export function AuditStepsSection({
  view,
  lookups,
  findings,
  onChanged,
  onReload,
  onSigningAttempt,
}: AuditStepsSectionProps) {
  const { steps } = view;
  const missing = [...(steps.nextStepMissing ? [steps.nextStepMissing] : []), ...steps.reportBlockers];
  return (
    <Section
      title="Steps"
      description="Plan approved and acknowledged before fieldwork; opening meeting before reporting; closing meeting before the report is approved."
      testId="audit-steps-section"
    >
      <Stack space="space.200">
        {steps.startedBeforeStepsRequired ? (
          <Text as="p" color="color.text.subtle" testId="audit-steps-legacy">
            Fieldwork started before the app recorded these steps: no acknowledgement or meeting is asked of this audit.
          </Text>
        ) : null}
        {missing.length > 0 ? (
          <SectionMessage appearance="warning" title="Still to do" testId="audit-steps-missing">
            <Stack space="space.050">
              {missing.map((line) => (
                <Text as="p" key={line}>
                  {line}
                </Text>
              ))}
            </Stack>
          </SectionMessage>
        ) : null}
        {view.state === 'planned' || !steps.startedBeforeStepsRequired ? (
          <>
            <PlanApproval view={view} onSigned={onReload} onSigningAttempt={onSigningAttempt} />
            <PlanAcknowledgements view={view} onAcknowledged={onChanged} />
          </>
        ) : null}
        {view.state !== 'planned' ? (
          <AuditMeetings view={view} lookups={lookups} findings={findings} onRecorded={onChanged} />
        ) : null}
      </Stack>
    </Section>
  );
}
