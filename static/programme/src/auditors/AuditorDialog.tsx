import Heading from '@atlaskit/heading';
import { CreatableSelect } from '@atlaskit/select';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { AuditorView } from '../../../../src/contract';
import type { Person } from '../../../shared/components/PeopleSelect';
import { DialogSaveError } from '../../../shared/components/DialogSaveError';
import { callResolver } from '../../../shared/invokeClient';
import { type AuditorDraft, auditorDraft, auditorFieldPaths as paths, saveAuditorInput } from './auditorDraft';
import { DatedRows } from './DatedRows';
import { FormDialog } from '../../../shared/forms/FormDialog';
import { FormField } from '../../../shared/forms/FormField';
import { PersonField } from '../../../shared/forms/PersonField';
import { type EditDialogEvents, useEditDialog } from '../../../shared/forms/useEditDialog';
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

/** The two dated registers of a competence record, each a list of rows with a start day and an expiry. */
const datedRegisters = [
  {
    key: 'certificates',
    legend: 'Certificates',
    kind: 'certificate',
    startLabel: 'Issued',
    startField: 'issuedOn',
    addLabel: 'Add a certificate',
  },
  {
    key: 'trainings',
    legend: 'Trainings',
    kind: 'training',
    startLabel: 'Completed',
    startField: 'completedOn',
    addLabel: 'Add a training',
  },
] as const;

interface AuditorDialogProps extends EditDialogEvents<AuditorView> {
  /** null: someone new for the register. */
  auditor: AuditorView | null;
  people: readonly Person[];
}

/** An auditor's competence record (7.2): domains, certificates and trainings with dates, and past evaluations. */
export function AuditorDialog({ auditor, people, ...events }: AuditorDialogProps) {
  const { draft, update, field, error, dialog } = useEditDialog(
    () => auditorDraft(auditor),
    (draft: AuditorDraft) => callResolver('saveAuditor', saveAuditorInput(draft, auditor?.version ?? 0)),
    paths,
    events,
  );

  const evaluations = auditor?.auditor.evaluations ?? [];
  return (
    <FormDialog
      title={auditor ? `Competence of ${auditor.name}` : 'Add an auditor to the register'}
      testId="auditor-dialog"
      {...dialog}
      submit={{ label: 'Save', testIds: ['auditor-dialog-cancel', 'auditor-dialog-save'] }}
    >
      <Stack space="space.200">
        {auditor ? null : (
          <PersonField id="auditor-account" label="Auditor" isRequired people={people} {...field('accountId')} />
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
        {datedRegisters.map(({ key, ...register }) => (
          <DatedRows
            key={key}
            {...register}
            path={paths[key]}
            rows={draft[key]}
            onChange={(rows) => update({ [key]: rows })}
            error={error}
          />
        ))}
        <ReasonField id="auditor-reason" {...field('reason')} />
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
                      {evaluation.evaluatedOn} · audit {evaluation.auditId} · {evaluation.rating}/5
                      {evaluation.scores
                        ? ` (knowledge ${evaluation.scores.knowledge}, skills ${evaluation.scores.skills}, conduct ${evaluation.scores.conduct}, report quality ${evaluation.scores.reportQuality})`
                        : ''}{' '}
                      — {evaluation.comment}
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
