import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { type FormEvent, useState } from 'react';
import type { CriteriaSetSummary, ResolverError } from '../../../../src/contract';
import { CsvFilePicker, type PickedFile } from '../../../shared/components/CsvFilePicker';
import { ProblemsTable } from '../../../shared/components/ProblemsTable';
import { TextInputField } from '../../../shared/forms/TextInputField';
import { callResolver } from '../../../shared/invokeClient';

interface CriteriaImportFormProps {
  /** The sets listed, to send the version of a set being replaced. */
  sets: readonly CriteriaSetSummary[];
  onImported: () => void;
}

type Outcome = { kind: 'imported'; title: string; version: number } | { kind: 'failed'; error: ResolverError };

/**
 * Imports a criteria set's requirements from a CSV file (header `id,title,requirement,guidance,group,iso`).
 * All or nothing: a refused file lists every problem by line and column, and nothing changed.
 */
export function CriteriaImportForm({ sets, onImported }: CriteriaImportFormProps) {
  const [setId, setSetId] = useState('');
  const [title, setTitle] = useState('');
  const [sourceNote, setSourceNote] = useState('');
  const [reason, setReason] = useState('');
  const [file, setFile] = useState<PickedFile | null>(null);
  const [importing, setImporting] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pickerRound, setPickerRound] = useState(0);
  const error = outcome?.kind === 'failed' ? outcome.error : null;
  const problems = error?.problems ?? [];
  const existing = sets.find((set) => !set.builtIn && set.id === setId.trim());

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (importing) return;
    if (!file) {
      setOutcome({
        kind: 'failed',
        error: { code: 'invalid_input', field: 'csv', message: 'Choose a CSV file first' },
      });
      return;
    }
    setImporting(true);
    const trimmed = reason.trim();
    const result = await callResolver('importCriteriaSet', {
      setId: setId.trim(),
      title,
      sourceNote,
      csv: file.text,
      expectedVersion: existing?.version ?? 0,
      ...(trimmed ? { reason: trimmed } : {}),
    });
    setImporting(false);
    if (!result.ok) return setOutcome({ kind: 'failed', error: result.error });
    setOutcome({ kind: 'imported', title: result.value.set.title, version: result.value.version });
    setFile(null);
    setReason('');
    setPickerRound((round) => round + 1);
    onImported();
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="criteria-import-form">
      <Stack space="space.150">
        <Heading size="small">Import a criteria set from CSV</Heading>
        <Text color="color.text.subtle" size="small">
          Columns: id, title, requirement, guidance, group, iso (the ISO clauses or Annex A controls it is tied to,
          separated by semicolons). Importing an existing set id replaces its requirements and needs a reason.
        </Text>
        <TextInputField
          id="criteria-set-id"
          label="Set id"
          helper="Lower-case letters, digits and hyphens, e.g. sop-cs"
          isRequired
          path="setId"
          error={error}
          value={setId}
          onChange={setSetId}
        />
        <TextInputField
          id="criteria-set-title"
          label="Title"
          isRequired
          path="title"
          error={error}
          value={title}
          onChange={setTitle}
        />
        <TextInputField
          id="criteria-set-source"
          label="Version and source (optional)"
          path="sourceNote"
          error={error}
          value={sourceNote}
          onChange={setSourceNote}
        />
        <CsvFilePicker
          key={pickerRound}
          id="criteria-set-file"
          label="CSV file of requirements"
          onPicked={(picked) => {
            setFile(picked);
            setOutcome(null);
          }}
          isDisabled={importing}
          testId="criteria-set-file"
        />
        <TextInputField
          id="criteria-set-reason"
          label={existing ? 'Reason for the change' : 'Reason (optional)'}
          isRequired={Boolean(existing)}
          path="reason"
          error={error}
          value={reason}
          onChange={setReason}
        />
        <Inline>
          <Button type="submit" appearance="primary" isLoading={importing} testId="criteria-import">
            Import criteria set
          </Button>
        </Inline>
        {outcome?.kind === 'imported' ? (
          <SectionMessage appearance="success" title="Imported" testId="criteria-import-outcome">
            <Text as="p">
              {outcome.title}: version {outcome.version} saved.
            </Text>
          </SectionMessage>
        ) : null}
        {error ? (
          <SectionMessage
            appearance={error.code === 'conflict' ? 'warning' : 'error'}
            title="Nothing was imported"
            testId="criteria-import-failure"
          >
            <Stack space="space.150">
              <Text as="p">{error.message}</Text>
              {problems.length > 0 ? (
                <ProblemsTable problems={problems} source="the criteria file" testId="criteria-import-problems" />
              ) : null}
            </Stack>
          </SectionMessage>
        ) : null}
      </Stack>
    </form>
  );
}
