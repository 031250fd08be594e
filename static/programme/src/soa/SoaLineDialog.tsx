import { Grid, Stack } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { type FormEvent, useState } from 'react';
import type { SoaLineView, SoaView } from '../../../../src/contract';
import { ModalDialog } from '../../../shared/components/ModalDialog';
import { type Person, PersonSelect } from '../../../shared/components/PeopleSelect';
import { TextArea } from '../../../shared/components/TextArea';
import { DialogSaveError } from '../../../shared/components/DialogSaveError';
import { callResolver } from '../../../shared/invokeClient';
import { type SoaLineDraft, lineDraft, saveEntryInput, soaFieldPaths as paths } from './soaDraft';
import { SoaDocumentsField } from './SoaDocumentsField';
import { type Implementation, implementations, implementationTitles, minExclusionJustification } from './soaWords';
import { DialogFooter } from '../../../shared/forms/DialogFooter';
import { FormField } from '../../../shared/forms/FormField';
import { useSave } from '../../../shared/forms/useSave';

interface Option<T> {
  label: string;
  value: T;
}
const applicabilityOptions: Option<boolean>[] = [
  { label: 'Applicable', value: true },
  { label: 'Excluded', value: false },
];
const implementationOptions: Option<Implementation>[] = implementations.map((value) => ({
  label: implementationTitles[value],
  value,
}));

interface SoaLineDialogProps {
  line: SoaLineView;
  view: SoaView;
  people: readonly Person[];
  onSaved: (view: SoaView) => void;
  /** Someone else saved the SoA meanwhile: the page reads it again. */
  onStale: () => void;
  onClose: () => void;
}

/** One control's SoA line in a dialog; the backend's complaints appear under the fields they are about. */
export function SoaLineDialog({ line, view, people, onSaved, onStale, onClose }: SoaLineDialogProps) {
  const [draft, setDraft] = useState<SoaLineDraft>(() => lineDraft(line));
  const { saving, error, run } = useSave();
  const isApproved = view.approvals.length > 0;
  const update = (change: Partial<SoaLineDraft>) => setDraft((previous) => ({ ...previous, ...change }));
  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(() => callResolver('saveSoaEntry', saveEntryInput(draft, view.version)), {
      onSaved: (saved) => {
        onSaved(saved);
        onClose();
      },
      onConflict: onStale,
    });
  };

  return (
    <ModalDialog
      title={`${line.entry.controlId} ${line.title}`}
      onClose={onClose}
      isBusy={saving}
      testId="soa-dialog"
      onSubmit={save}
      footer={
        <DialogFooter
          onCancel={onClose}
          busy={saving}
          submitLabel="Save line"
          cancelTestId="soa-dialog-cancel"
          submitTestId="soa-dialog-save"
        />
      }
    >
      <Stack space="space.200">
        <Grid templateColumns="repeat(auto-fit, minmax(12rem, 1fr))" gap="space.150">
          <FormField htmlFor="soa-applicable" label="Applicability" path={paths.applicable} error={error}>
            <Select<Option<boolean>, false>
              inputId="soa-applicable"
              options={applicabilityOptions}
              value={applicabilityOptions.find((option) => option.value === draft.applicable) ?? null}
              onChange={(option) => option && update({ applicable: option.value })}
              isSearchable={false}
              testId="soa-applicable"
            />
          </FormField>
          <FormField htmlFor="soa-implementation" label="Implementation" path={paths.implementation} error={error}>
            <Select<Option<Implementation>, false>
              inputId="soa-implementation"
              options={implementationOptions}
              value={implementationOptions.find((option) => option.value === draft.implementation) ?? null}
              onChange={(option) => option && update({ implementation: option.value })}
              isSearchable={false}
              testId="soa-implementation"
            />
          </FormField>
        </Grid>
        <FormField
          htmlFor="soa-justification"
          label={draft.applicable ? 'Justification (optional)' : 'Justification for the exclusion'}
          helper={
            draft.applicable
              ? 'Why the control applies, if worth saying.'
              : `Required when excluded: at least ${minExclusionJustification} characters an inspector can follow.`
          }
          isRequired={!draft.applicable}
          errorTestId="soa-justification-error"
          path={paths.justification}
          error={error}
        >
          {(isInvalid) => (
            <TextArea
              id="soa-justification"
              value={draft.justification}
              onChange={(justification) => update({ justification })}
              isInvalid={isInvalid}
              testId="soa-justification"
            />
          )}
        </FormField>
        <FormField htmlFor="soa-owner" label="Control owner" path={paths.ownerId} error={error}>
          {(isInvalid) => (
            <PersonSelect
              inputId="soa-owner"
              people={people}
              value={draft.ownerId}
              onChange={(ownerId) => update({ ownerId })}
              isInvalid={isInvalid}
              testId="soa-owner"
            />
          )}
        </FormField>
        <SoaDocumentsField documents={draft.documents} onChange={(documents) => update({ documents })} error={error} />
        <FormField
          htmlFor="soa-reason"
          label={isApproved ? 'Reason for the change' : 'Reason for the change (optional)'}
          helper={
            isApproved
              ? `Version ${view.version} is approved: changing a line withdraws the approval and needs a reason.`
              : 'Recorded in the audit trail with your change.'
          }
          isRequired={isApproved}
          path={paths.reason}
          error={error}
        >
          {(isInvalid) => (
            <Textfield
              id="soa-reason"
              value={draft.reason}
              onChange={(event) => update({ reason: event.currentTarget.value })}
              isInvalid={isInvalid}
              testId="soa-reason"
            />
          )}
        </FormField>
        <DialogSaveError
          error={error}
          fieldPaths={Object.values(paths)}
          conflictTitle="Someone else changed the SoA meanwhile"
          failureTitle="The line was not saved"
          conflictHint="The table now shows the latest version: close this dialog and edit the line again."
          testId="soa-dialog-error"
        />
      </Stack>
    </ModalDialog>
  );
}
