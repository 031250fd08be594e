import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { AuditReportView } from '../../../../src/contract';
import { Timestamp } from '../../../shared/components/Timestamp';

/**
 * What the approval guarantees now: a page changed in Confluence after approval is said plainly,
 * with the approved version beside the current one; the approved content stays in the app.
 */
export function ReportIntegrityMessage({ report }: { report: AuditReportView }) {
  const { approval, integrity } = report;
  if (!approval) return null;
  if (integrity === 'changedAfterApproval') {
    return (
      <SectionMessage appearance="error" title="Changed after approval" testId="report-changed">
        <Stack space="space.050">
          <Text as="p">
            The page was edited in Confluence after {approval.approvedByName} approved version {approval.pageVersion}:
            it is at version {report.currentPageVersion ?? report.changedAfterApproval?.pageVersion} now, with different
            content.
          </Text>
          {report.changedAfterApproval ? (
            <Text as="p" color="color.text.subtle">
              First noticed <Timestamp iso={report.changedAfterApproval.detectedAt} />. The approved content is kept in
              the app and goes into the record export.
            </Text>
          ) : null}
        </Stack>
      </SectionMessage>
    );
  }
  if (integrity === 'pageMissing') {
    return (
      <SectionMessage appearance="warning" title="The approved page is missing" testId="report-missing">
        <Text as="p">
          The app cannot read the report page in Confluence. The approved version {approval.pageVersion} is kept in the
          app and goes into the record export.
        </Text>
      </SectionMessage>
    );
  }
  return (
    <SectionMessage appearance="success" title="Approved" testId="report-approved">
      <Text as="p">
        {approval.approvedByName} approved version {approval.pageVersion} on <Timestamp iso={approval.approvedAt} />;
        the page still says what was approved.
        {report.changedAfterApproval
          ? ` (It was found changed at version ${report.changedAfterApproval.pageVersion} before and has been put back.)`
          : ''}
      </Text>
    </SectionMessage>
  );
}
