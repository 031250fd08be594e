import Heading from '@atlaskit/heading';
import { CreatableSelect } from '@atlaskit/select';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { type FormEvent, useState } from 'react';
import type { AuditorView } from '../../../../src/contract';
import { type Person, PersonSelect } from '../../../shared/components/PeopleSelect';
import { DialogSaveError } from '../../../shared/components/DialogSaveError';
import { callResolver } from '../../../shared/invokeClient';
import { type AuditorDraft, auditorDraft, auditorFieldPaths as paths, saveAuditorInput } from './auditorDraft';
import { DatedRows } from './DatedRows';
import { FormDialog } from '../../../shared/forms/FormDialog';
import { FormField } from '../../../shared/forms/FormField';
import { useSave } from '../../../shared/forms/useSave';
import { ReasonField } from '../../../shared/forms/TextInputField';

interface DomainOption {
  label: string;
  value: string;
}
/** The usual domains; any clause prefix or control can be typed in (the backend checks the form). */
const domainOptions: DomainOption[] = [
  ...['4', '5', '6', '7', '8', '9', '10'].map((clause) => ({ label: `Clause ${clause}`, value: clause })),
  { label: 'A – all of Annex A', value: 'A' },
  { label: 'A.5 Organizational controls', value: 'A.5' },
  { label: 'A.6 People controls', value: 'A.6' },
  { label: 'A.7 Physical controls', value: 'A.7' },
  { label: 'A.8 Technological controls', value: 'A.8' },
];
const domainOption = (value: string) => domainOptions.find((o) => o.value === value) ?? { label: value, value };

const evaluationStyles = xcss({ margin: 'space.0', paddingInlineStart: 'space.250' });

interface AuditorDialogProps {
  /** null: someone new for the register. */
  auditor: AuditorView | null;
  people: readonly Person[];
  onSaved: (auditor: AuditorView) => void;
  onStale: () => void;
  onClose: () => void;
}

/** An auditor's competence record (7.2): domains, certificates and trainings with dates, and past evaluations. */
export function AuditorDialog({ auditor, people, onSaved, onStale, onClose }: AuditorDialogProps) {
  const [draft, setDraft] = useState<AuditorDraft>(() => auditorDraft(auditor));
  const { saving, error, run } = useSave();
  const update = (change: Partial<AuditorDraft>) => setDraft((previous) => ({ ...previous, ...change }));

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(() => callResolver('saveAuditor', saveAuditorInput(draft, auditor?.version ?? 0)), {
      onSaved: (saved) => {
        onSaved(saved);
        onClose();
      },
      onConflict: onStale,
    });
  };

  const evaluations = auditor?.auditor.evaluations ?? [];
  return (
    <FormDialog
      title={auditor ? `Competence of ${auditor.name}` : 'Add an auditor to the register'}
      testId="auditor-dialog"
      busy={saving}
      onClose={onClose}
      onSubmit={save}
      submit={{ label: 'Save', testIds: ['auditor-dialog-cancel', 'auditor-dialog-save'] }}
    >
      <Stack space="space.200">
        {auditor ? null : (
          <FormField htmlFor="auditor-account" label="Auditor" isRequired path={paths.accountId} error={error}>
            {(isInvalid) => (
              <PersonSelect
                inputId="auditor-account"
                people={people}
                value={draft.accountId}
                onChange={(accountId) => update({ accountId })}
                isInvalid={isInvalid}
                testId="auditor-account"
              />
            )}
          </FormField>
        )}
        <FormField
          htmlFor="auditor-domains"
          label="Competence domains"
          helper="Clauses (9 or 9.2), all of Annex A (A), a theme (A.8) or a control (A.8.34)."
          path={paths.domains}
          error={error}
        >
          {(isInvalid) => (
            <CreatableSelect<DomainOption, true>
              inputId="auditor-domains"
              isMulti
              options={domainOptions}
              value={draft.domains.map(domainOption)}
              onChange={(options) => update({ domains: options.map((option) => option.value.trim()) })}
              formatCreateLabel={(input: string) => `Add domain “${input.trim()}”`}
              isInvalid={isInvalid}
              testId="auditor-domains"
            />
          )}
        </FormField>
        <DatedRows
          legend="Certificates"
          kind="certificate"
          startLabel="Issued"
          path={paths.certificates}
          startField="issuedOn"
          rows={draft.certificates}
          onChange={(certificates) => update({ certificates })}
          error={error}
          addLabel="Add a certificate"
        />
        <DatedRows
          legend="Trainings"
          kind="training"
          startLabel="Completed"
          path={paths.trainings}
          startField="completedOn"
          rows={draft.trainings}
          onChange={(trainings) => update({ trainings })}
          error={error}
          addLabel="Add a training"
        />
        <ReasonField
          id="auditor-reason"
          path={paths.reason}
          error={error}
          value={draft.reason}
          onChange={(reason) => update({ reason })}
        />
        {auditor ? (
          <Stack space="space.100" testId="auditor-evaluations">
            <Heading size="xsmall">Evaluations</Heading>
            {evaluations.length === 0 ? (
              <Text color="color.text.subtle">No evaluation recorded yet.</Text>
            ) : (
              <Box as="ul" xcss={evaluationStyles}>
                {evaluations.map((evaluation) => (
                  <li key={`${evaluation.auditId}-${evaluation.evaluatedOn}`}>
                    <Text>
                      {evaluation.evaluatedOn} · audit {evaluation.auditId} · {evaluation.rating}/5 —{' '}
                      {evaluation.comment}
                    </Text>
                  </li>
                ))}
              </Box>
            )}
          </Stack>
        ) : null}
        <DialogSaveError
          error={error}
          fieldPaths={Object.values(paths)}
          conflictTitle="Someone else changed this record meanwhile"
          failureTitle="Not saved"
          testId="auditor-dialog-error"
        />
      </Stack>
    </FormDialog>
  );
}
