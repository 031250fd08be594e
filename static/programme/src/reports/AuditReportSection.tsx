import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import type { AuditReportView, AuditView, Session } from '../../../../src/contract';
import { QueryStatus } from '../../../shared/components/QueryStatus';
import { Section } from '../../../shared/components/Section';
import { Timestamp } from '../../../shared/components/Timestamp';
import { humaniseTimes } from '../../../shared/formatTimestamp';
import { SignatureBlock } from '../../../shared/signing/SignatureBlock';
import { useReadAgainWhen } from '../../../shared/useReadAgainWhen';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { ApproveReportDialog } from './ApproveReportDialog';
import { GenerateReportButton } from './GenerateReportButton';
import { ReportContentForm } from './ReportContentForm';
import { ReportIntegrityMessage } from './ReportIntegrityMessage';
import { integrityWords } from './reportWords';
import { SiteLink } from '../../../shared/components/SiteLink';

interface AuditReportSectionProps {
  view: AuditView;
  session: Session | null;
  onChanged: () => void;
  onSigningAttempt?: (() => void) | undefined;
}

const description =
  'The report page in the ISMS space: conclusion, distribution and the lead auditor’s signed approval.';

/** The audit's report page: generate, conclusion and distribution, approval, changes after approval. */
export function AuditReportSection({ view, onChanged, onSigningAttempt }: AuditReportSectionProps) {
  const fieldworkOver = view.state === 'reporting' || view.state === 'closed';
  return (
    <Section title="Audit report" description={description} testId="audit-report-section">
      {fieldworkOver ? (
        <LoadedReport view={view} onChanged={onChanged} onSigningAttempt={onSigningAttempt} />
      ) : (
        <Text color="color.text.subtle" testId="report-not-yet">
          The report page is generated when the audit reaches reporting.
        </Text>
      )}
    </Section>
  );
}

function LoadedReport({ view, onChanged, onSigningAttempt }: Omit<AuditReportSectionProps, 'session'>) {
  const query = useResolverQuery('getAuditReport', { auditId: view.id });
  // The audit moved or changed (a result, a move): the report's staleness may have changed with it.
  useReadAgainWhen(view.version, () => void query.reload());

  if (query.state.status !== 'ok') return <QueryStatus query={query} what="the report" testId="report" />;
  const changed = (next: AuditReportView) => {
    query.replace(next);
    onChanged();
  };
  return <ReportBody report={query.state.value} onChanged={changed} onSigningAttempt={onSigningAttempt} />;
}

function ReportBody({
  report,
  onChanged,
  onSigningAttempt,
}: {
  report: AuditReportView;
  onChanged: (next: AuditReportView) => void;
  onSigningAttempt?: (() => void) | undefined;
}) {
  const [approving, setApproving] = useState(false);
  const words = integrityWords[report.integrity];
  return (
    <Stack space="space.200" testId="report-body">
      <Inline space="space.100" alignBlock="center">
        <Lozenge appearance={words.appearance} testId="report-integrity">
          {words.label}
        </Lozenge>
        {report.page ? (
          <Text testId="report-page">
            “{report.page.title}”, version {report.currentPageVersion ?? report.page.version}{' '}
            {report.page.url ? (
              <SiteLink path={report.page.url} testId="report-page-link">
                Open the page
              </SiteLink>
            ) : null}
          </Text>
        ) : (
          <Text color="color.text.subtle">No report page yet.</Text>
        )}
      </Inline>
      {report.generationProblem ? (
        <SectionMessage appearance="warning" title="The report page was not generated" testId="report-problem">
          <Text as="p">
            {humaniseTimes(report.generationProblem.message)} (<Timestamp iso={report.generationProblem.at} />
            ). Generate it again below.
          </Text>
        </SectionMessage>
      ) : null}
      {report.stale ? (
        <SectionMessage appearance="information" title="The page is behind the audit" testId="report-stale">
          <Text as="p">The audit&apos;s records changed since the page was generated: generate it again.</Text>
        </SectionMessage>
      ) : null}
      <ReportIntegrityMessage report={report} />
      {report.canEdit ? (
        <>
          <GenerateReportButton report={report} onGenerated={onChanged} />
          <ReportContentForm key={report.version} report={report} onSaved={onChanged} />
        </>
      ) : report.conclusion ? (
        <Stack space="space.050" testId="report-conclusion-text">
          <Heading size="xsmall">Conclusion</Heading>
          <Text as="p">{report.conclusion}</Text>
          <Text as="p" color="color.text.subtle">
            Distribution: {report.distribution.length > 0 ? report.distribution.join(', ') : 'no one named'}
          </Text>
        </Stack>
      ) : null}
      <Stack space="space.100">
        <Heading size="small">Approval</Heading>
        <SignatureBlock signatures={report.signatures} testId="report-signatures" />
        {report.canApprove ? (
          <Stack space="space.075">
            <Inline>
              <Button
                appearance="primary"
                isDisabled={report.approvalBlockers.length > 0}
                onClick={() => setApproving(true)}
                testId="report-approve"
              >
                Approve the report
              </Button>
            </Inline>
            {report.approvalBlockers.map((blocker) => (
              <Text key={blocker} size="small" color="color.text.subtle" testId="report-approval-blocker">
                {blocker}
              </Text>
            ))}
          </Stack>
        ) : null}
      </Stack>
      {approving ? (
        <ApproveReportDialog
          report={report}
          onApproved={onChanged}
          onClose={() => setApproving(false)}
          onAttempt={onSigningAttempt}
        />
      ) : null}
    </Stack>
  );
}
