import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { type FormEvent, useState } from 'react';
import type { CsvImportOutcome, FileDownload, ResolverError, Result } from '../../../src/contract';
import { downloadText } from '../download';
import { CsvFilePicker, type PickedFile } from './CsvFilePicker';
import { ProblemsTable } from './ProblemsTable';
import { TextInputField } from '../forms/TextInputField';

const blockStyles = xcss({
  borderBlockStartWidth: 'border.width',
  borderBlockStartStyle: 'solid',
  borderBlockStartColor: 'color.border',
  paddingBlockStart: 'space.200',
});

interface CsvTransferProps<T extends { outcome: CsvImportOutcome }> {
  /** Prefix of every id and test id inside, e.g. `areas-csv`. */
  idPrefix: string;
  /** What the file holds, for people: "auditable areas". */
  subject: string;
  exportFile: () => Promise<Result<FileDownload>>;
  /** Left out for people who may only read: they get the export alone. */
  importFile?: (csv: string, reason: string | undefined) => Promise<Result<T>>;
  /** The records are approved: an import withdraws the approval and needs a reason. */
  reasonRequired?: boolean;
  onImported?: (value: T) => void;
}

type Outcome = { kind: 'imported'; outcome: CsvImportOutcome } | { kind: 'failed'; error: ResolverError };

function outcomeWords({ created, updated, unchanged }: CsvImportOutcome): string {
  return `${created} created, ${updated} updated, ${unchanged} unchanged.`;
}

/**
 * Export to CSV and import from CSV. The import is all or nothing: when the backend refuses the
 * file, every problem it found is listed by line and column, and nothing was changed.
 */
export function CsvTransfer<T extends { outcome: CsvImportOutcome }>({
  idPrefix,
  subject,
  exportFile,
  importFile,
  reasonRequired = false,
  onImported,
}: CsvTransferProps<T>) {
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<ResolverError | null>(null);
  const [file, setFile] = useState<PickedFile | null>(null);
  const [reason, setReason] = useState('');
  const [importing, setImporting] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // A new picker after each import, so the same file can be chosen again once corrected.
  const [pickerRound, setPickerRound] = useState(0);

  const runExport = async () => {
    setExporting(true);
    setExportError(null);
    const result = await exportFile();
    setExporting(false);
    if (result.ok) downloadText(result.value.fileName, result.value.mimeType, result.value.content);
    else setExportError(result.error);
  };

  const runImport = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!importFile || importing) return;
    if (!file) {
      setOutcome({
        kind: 'failed',
        error: { code: 'invalid_input', field: 'csv', message: 'Choose a CSV file first' },
      });
      return;
    }
    setImporting(true);
    const trimmed = reason.trim();
    const result = await importFile(file.text, trimmed ? trimmed : undefined);
    setImporting(false);
    if (result.ok) {
      setOutcome({ kind: 'imported', outcome: result.value.outcome });
      setFile(null);
      setReason('');
      setPickerRound((round) => round + 1);
      onImported?.(result.value);
    } else {
      setOutcome({ kind: 'failed', error: result.error });
    }
  };

  const error = outcome?.kind === 'failed' ? outcome.error : null;
  const problems = error?.problems ?? [];
  return (
    <Box xcss={blockStyles} testId={idPrefix}>
      <Stack space="space.200">
        <Heading size="small">CSV export and import</Heading>
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <Button onClick={() => void runExport()} isLoading={exporting} testId={`${idPrefix}-export`}>
            Export CSV
          </Button>
          <Text color="color.text.subtle" size="small">
            The export is the import format: edit it in a spreadsheet and import it back.
          </Text>
        </Inline>
        {exportError ? (
          <SectionMessage appearance="error" title="The export failed" testId={`${idPrefix}-export-error`}>
            <Text as="p">{exportError.message}</Text>
          </SectionMessage>
        ) : null}
        {importFile ? (
          <form onSubmit={(event) => void runImport(event)} noValidate data-testid={`${idPrefix}-import-form`}>
            <Stack space="space.150">
              <CsvFilePicker
                key={pickerRound}
                id={`${idPrefix}-file`}
                label={`CSV file of ${subject}`}
                onPicked={(picked) => {
                  setFile(picked);
                  setOutcome(null);
                }}
                isDisabled={importing}
                testId={`${idPrefix}-file`}
              />
              <TextInputField
                id={`${idPrefix}-reason`}
                label={reasonRequired ? 'Reason for the import' : 'Reason for the import (optional)'}
                helper={
                  reasonRequired
                    ? 'The current version is approved: importing withdraws the approval and needs a reason.'
                    : 'Recorded in the audit trail with every change the file makes.'
                }
                isRequired={reasonRequired}
                path="reason"
                error={error}
                value={reason}
                onChange={setReason}
              />
              <Inline>
                <Button type="submit" appearance="primary" isLoading={importing} testId={`${idPrefix}-import`}>
                  Import CSV
                </Button>
              </Inline>
            </Stack>
          </form>
        ) : null}
        {outcome?.kind === 'imported' ? (
          <SectionMessage appearance="success" title="Imported" testId={`${idPrefix}-outcome`}>
            <Text as="p">{outcomeWords(outcome.outcome)}</Text>
          </SectionMessage>
        ) : null}
        {error ? (
          <SectionMessage
            appearance={error.code === 'conflict' ? 'warning' : 'error'}
            title={
              problems.length > 0
                ? `Nothing was imported: the file has ${problems.length} problem${problems.length === 1 ? '' : 's'}`
                : 'Nothing was imported'
            }
            testId={`${idPrefix}-failure`}
          >
            <Stack space="space.150">
              <Text as="p">{error.message}</Text>
              {problems.length > 0 ? (
                <ProblemsTable problems={problems} source={`the ${subject} file`} testId={`${idPrefix}-problems`} />
              ) : null}
            </Stack>
          </SectionMessage>
        ) : null}
      </Stack>
    </Box>
  );
}
