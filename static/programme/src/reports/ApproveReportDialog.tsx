import { Stack, Text } from '@atlaskit/primitives';
import { type FormEvent, useRef } from 'react';
import type { AuditReportView } from '../../../../src/contract';
import { errorIsAbout } from '../../../shared/fieldMessage';
import { humaniseTimes } from '../../../shared/formatTimestamp';
import { callResolver } from '../../../shared/invokeClient';
import { ReportFailure } from './ReportFailure';
import { FormDialog } from '../../../shared/forms/FormDialog';
import { useSave } from '../../../shared/forms/useSave';
import {
  passphraseMissing,
  SigningPassphraseField,
  takePassphrase,
} from '../../../shared/signing/SigningPassphraseField';

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
  const { saving: busy, error, run, setError } = useSave();

  const approve = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const passphrase = takePassphrase(passphraseRef);
    if (!passphrase) return setError(passphraseMissing);
    void run(
      () =>
        callResolver('approveAuditReport', { auditId: report.auditId, expectedVersion: report.version, passphrase }),
      {
        onSaved: (next) => {
          onAttempt?.();
          onApproved(next);
          onClose();
        },
        onFailed: () => {
          onAttempt?.();
          passphraseRef.current?.focus();
        },
      },
    );
  };

  const fieldError = error && errorIsAbout(error, 'passphrase') ? humaniseTimes(error.message) : undefined;
  const version = report.currentPageVersion ?? report.page?.version;
  return (
    <FormDialog
      title="Approve the audit report"
      testId="report-approve-dialog"
      busy={busy}
      onClose={onClose}
      onSubmit={approve}
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
        <SigningPassphraseField
          id="report-passphrase"
          inputRef={passphraseRef}
          helper="The passphrase you set under “My signing passphrase”."
          error={fieldError}
          errorTestId="report-approve-error"
          autoFocus
          isDisabled={busy}
        />
      </Stack>
    </FormDialog>
  );
}
