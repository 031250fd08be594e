import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import { FormBehindButton } from '../../../shared/components/FormBehindButton';
import { Section } from '../../../shared/components/Section';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { EvidenceForm } from './EvidenceForm';
import { EvidenceList } from './EvidenceList';
import type { AuditView } from './planDraft';
import { QueryStatus } from '../../../shared/components/QueryStatus';

/** What the audit saw, with where it is; pages are checked for edits since they were collected. */
export function EvidenceSection({ view }: { view: AuditView }) {
  const query = useResolverQuery('listEvidence', { auditId: view.id });
  const canCollect = view.can.recordResults && view.state !== 'planned' && view.state !== 'closed';
  return (
    <Section
      title="Evidence"
      description="Documents, records, interviews, observations and tests, with their references."
      testId="audit-evidence-section"
    >
      <Stack space="space.200">
        <QueryStatus query={query} what="the evidence" />
        {query.state.status === 'ok' ? <EvidenceList evidence={query.state.value.evidence} /> : null}
        {query.state.status === 'ok' &&
        query.state.value.evidence.some((item) => item.changedSinceCollected !== null) ? (
          <Inline>
            <Button
              spacing="compact"
              appearance="subtle"
              onClick={() => void query.reload()}
              testId="audit-evidence-recheck"
            >
              Check the pages again
            </Button>
          </Inline>
        ) : null}
        {canCollect ? (
          <FormBehindButton title="Collect evidence" openTestId="audit-evidence-open">
            {(close) => (
              <EvidenceForm
                view={view}
                onCollected={() => {
                  close();
                  void query.reload();
                }}
              />
            )}
          </FormBehindButton>
        ) : null}
      </Stack>
    </Section>
  );
}
