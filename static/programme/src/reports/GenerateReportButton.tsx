import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import type { AuditReportView } from '../../../../src/contract';
import { useSave } from '../../../shared/forms/useSave';
import { callResolver } from '../../../shared/invokeClient';
import { ReportFailure } from './ReportFailure';

interface GenerateReportButtonProps {
  report: AuditReportView;
  onGenerated: (next: AuditReportView) => void;
}

/** Writes the report page from the audit's records; an edit made in Confluence is replaced only when asked. */
export function GenerateReportButton({ report, onGenerated }: GenerateReportButtonProps) {
  const save = useSave();
  const { error } = save;
  const generate = (replaceEditedPage: boolean) =>
    save.run(() => callResolver('generateAuditReport', { auditId: report.auditId, replaceEditedPage }), {
      onSaved: onGenerated,
    });

  const edited = error?.code === 'conflict' && error.field === 'replaceEditedPage';
  return (
    <Stack space="space.100">
      <Inline>
        <Button onClick={() => void generate(false)} isLoading={save.saving} testId="report-generate">
          {report.page ? 'Generate the page again' : 'Generate the report page'}
        </Button>
      </Inline>
      {error ? (
        <ReportFailure
          error={error}
          title={edited ? 'Someone edited the report page in Confluence' : 'The report page was not written'}
          testId="report-generate-failure"
        >
          {edited ? (
            <Inline>
              <Button appearance="warning" onClick={() => void generate(true)} testId="report-generate-replace">
                Replace the edited page
              </Button>
            </Inline>
          ) : null}
        </ReportFailure>
      ) : null}
    </Stack>
  );
}
