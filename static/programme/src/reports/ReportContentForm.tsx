import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import { useState } from 'react';
import type { AuditReportView } from '../../../../src/contract';
import { fieldMessage } from '../../../shared/fieldMessage';
import { TextAreaField } from '../../../shared/forms/TextAreaField';
import { useSave } from '../../../shared/forms/useSave';
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
  const { saving: busy, error, run } = useSave();

  const save = () =>
    run(
      () =>
        callResolver('saveAuditReportContent', {
          auditId: report.auditId,
          expectedVersion: report.version,
          conclusion,
          distribution: distributionOf(recipients),
        }),
      { onSaved },
    );

  const conclusionError = fieldMessage(error, 'conclusion');
  const distributionError = fieldMessage(error, 'distribution');
  return (
    <Stack space="space.150" testId="report-content">
      <TextAreaField
        id="report-conclusion"
        label="Conclusion on the effectiveness of the ISMS"
        value={conclusion}
        onChange={setConclusion}
        error={conclusionError}
        isRequired
        rows={5}
      />
      <TextAreaField
        id="report-distribution"
        label="Distribution"
        helper="Who receives the report: one name or role per line."
        value={recipients}
        onChange={setRecipients}
        error={distributionError}
        rows={3}
      />
      {error && !conclusionError && !distributionError ? (
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
