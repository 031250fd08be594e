import { Stack } from '@atlaskit/primitives';
import type { FindingView, ResolverOutput } from '../../../../src/contract';
import { FormBehindButton } from '../../../shared/components/FormBehindButton';
import { Section } from '../../../shared/components/Section';
import type { ResolverQuery } from '../../../shared/useResolverQuery';
import { FindingsList } from './FindingsList';
import type { AuditView } from './planDraft';
import { RecordFindingForm } from './RecordFindingForm';
import { ReviseFindingForm } from './steps/ReviseFindingForm';
import type { AuditLookups } from './useAuditLookups';
import { QueryStatus } from '../../../shared/components/QueryStatus';

interface FindingsSectionProps {
  view: AuditView;
  lookups: AuditLookups;
  query: ResolverQuery<ResolverOutput<'listFindings'>>;
  onRecorded: () => void;
}

const recordingStates: ReadonlyArray<AuditView['state']> = ['inProgress', 'reporting'];

/** The audit's graded findings, and a form for one not tied to a nonconformity line. */
export function FindingsSection({ view, lookups, query, onRecorded }: FindingsSectionProps) {
  const canRecord = view.can.recordResults && recordingStates.includes(view.state) && view.checklist.length > 0;
  // Until the report is approved the lead corrects, regrades or withdraws a standing finding, with a reason.
  const revise = (finding: FindingView) =>
    view.steps.can.reviseFindings && !finding.withdrawn ? (
      <FormBehindButton title="Correct, regrade or withdraw" openTestId={`audit-finding-${finding.id}-revise-open`}>
        {(close) => (
          <ReviseFindingForm
            finding={finding}
            view={view}
            lookups={lookups}
            onRevised={() => {
              close();
              onRecorded();
            }}
          />
        )}
      </FormBehindButton>
    ) : null;
  return (
    <Section
      title="Findings"
      description="Graded major or minor nonconformity, observation or opportunity; a repeat within 12 months is flagged."
      testId="audit-findings-section"
    >
      <Stack space="space.200">
        <QueryStatus query={query} what="the findings" />
        {query.state.status === 'ok' ? <FindingsList findings={query.state.value.findings} actions={revise} /> : null}
        {canRecord ? (
          <FormBehindButton title="Record a finding" openTestId="audit-finding-open">
            {(close) => (
              <RecordFindingForm
                view={view}
                lookups={lookups}
                onRecorded={() => {
                  close();
                  onRecorded();
                }}
              />
            )}
          </FormBehindButton>
        ) : null}
      </Stack>
    </Section>
  );
}
