import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import { useState } from 'react';
import type { AuditReportView, ResolverError } from '../../../../src/contract';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { TextArea } from '../../../shared/components/TextArea';
import { errorIsAbout } from '../../../shared/fieldMessage';
import { callResolver } from '../../../shared/invokeClient';
import { ReportFailure } from './ReportFailure';
import { distributionOf, distributionText } from './reportWords';

interface ReportContentFormProps {
  report: AuditReportView;
  onSaved: (next: AuditReportView) => void;
}

/** The lead auditor's conclusion on the ISMS's effectiveness and the distribution; the page follows on save. */
export function ReportContentForm({ report, onSaved }: ReportContentFormProps) {
  const [conclusion, setConclusion] = useState(report.conclusion);
  const [recipients, setRecipients] = useState(distributionText(report.distribution));
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (busy) return;
    setBusy(true);
    const result = await callResolver('saveAuditReportContent', {
      auditId: report.auditId,
      expectedVersion: report.version,
      conclusion,
      distribution: distributionOf(recipients),
    });
    setBusy(false);
    if (result.ok) {
      setError(null);
      onSaved(result.value);
    } else {
      setError(result.error);
    }
  };

  const fieldError = (field: string) => (error && errorIsAbout(error, field) ? error.message : undefined);
  return (
    <Stack space="space.150" testId="report-content">
      <FieldBlock
        htmlFor="report-conclusion"
        label="Conclusion on the effectiveness of the ISMS"
        error={fieldError('conclusion')}
        isRequired
      >
        <TextArea
          id="report-conclusion"
          value={conclusion}
          onChange={setConclusion}
          rows={5}
          isInvalid={Boolean(fieldError('conclusion'))}
          testId="report-conclusion"
        />
      </FieldBlock>
      <FieldBlock
        htmlFor="report-distribution"
        label="Distribution"
        helper="Who receives the report: one name or role per line."
        error={fieldError('distribution')}
      >
        <TextArea
          id="report-distribution"
          value={recipients}
          onChange={setRecipients}
          rows={3}
          isInvalid={Boolean(fieldError('distribution'))}
          testId="report-distribution"
        />
      </FieldBlock>
      {error && !fieldError('conclusion') && !fieldError('distribution') ? (
        <ReportFailure error={error} title="The conclusion was not saved" testId="report-content-failure" />
      ) : null}
      <Inline>
        <Button appearance="primary" onClick={() => void save()} isLoading={busy} testId="report-content-save">
          Save and update the page
        </Button>
      </Inline>
    </Stack>
  );
}
