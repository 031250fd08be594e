import { Stack, Text } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { type FormEvent, useRef, useState } from 'react';
import type { AuditReportView, ResolverError } from '../../../../src/contract';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { errorIsAbout } from '../../../shared/fieldMessage';
import { humaniseTimes } from '../../../shared/formatTimestamp';
import { callResolver } from '../../../shared/invokeClient';
import { ReportFailure } from './ReportFailure';
import { FormDialog } from '../../../shared/forms/FormDialog';

interface ApproveReportDialogProps {
  report: AuditReportView;
  onApproved: (next: AuditReportView) => void;
  onClose: () => void;
  /** After every answer (a wrong passphrase changes the signing status). */
  onAttempt?: (() => void) | undefined;
}

/**
 * Approves the report page as Confluence has it now, signed with the meaning `approved`. Like the
 * shared signing dialog, the passphrase never enters React state: it is read on submit and the
 * field emptied at once.
 */
export function ApproveReportDialog({ report, onApproved, onClose, onAttempt }: ApproveReportDialogProps) {
  const passphraseRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);

  const approve = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const field = passphraseRef.current;
    const passphrase = field?.value ?? '';
    if (field) field.value = '';
    if (!passphrase) {
      setError({ code: 'invalid_input', field: 'passphrase', message: 'Enter your signing passphrase' });
      return;
    }
    setBusy(true);
    const result = await callResolver('approveAuditReport', {
      auditId: report.auditId,
      expectedVersion: report.version,
      passphrase,
    });
    setBusy(false);
    onAttempt?.();
    if (result.ok) {
      onApproved(result.value);
      onClose();
    } else {
      setError(result.error);
      passphraseRef.current?.focus();
    }
  };

  const fieldError = error && errorIsAbout(error, 'passphrase') ? humaniseTimes(error.message) : undefined;
  const version = report.currentPageVersion ?? report.page?.version;
  return (
    <FormDialog
      title="Approve the audit report"
      testId="report-approve-dialog"
      busy={busy}
      onClose={onClose}
      onSubmit={(event) => void approve(event)}
      submit={{ label: 'Approve and sign', testIds: ['report-approve-cancel', 'report-approve-submit'] }}
    >
      <Stack space="space.200">
        <Text as="p" testId="report-approve-summary">
          You approve <em>{report.page?.title}</em>, page version {version}, as it is in Confluence now. The app keeps
          that version&apos;s content; a later edit of the page shows as a change after approval.
        </Text>
        <Text as="p" color="color.text.subtle" size="small">
          Your electronic signature is the legally binding equivalent of your handwritten signature. It is recorded with
          your name, the date and time and the meaning “approved”.
        </Text>
        {error && !fieldError ? (
          <ReportFailure error={error} title="The report was not approved" testId="report-approve-failure" />
        ) : null}
        <FieldBlock
          htmlFor="report-passphrase"
          label="Your signing passphrase"
          helper="The passphrase you set under “My signing passphrase”."
          error={fieldError}
          errorTestId="report-approve-error"
          isRequired
        >
          <Textfield
            id="report-passphrase"
            ref={passphraseRef}
            type="password"
            name="report-passphrase"
            autoComplete="off"
            autoFocus
            isInvalid={Boolean(fieldError)}
            isDisabled={busy}
            testId="report-passphrase"
          />
        </FieldBlock>
      </Stack>
    </FormDialog>
  );
}
