import { Stack } from '@atlaskit/primitives';
import { type FormEvent, useState } from 'react';
import type { SoaLineView, SoaView } from '../../../../src/contract';
import { type Person, PersonSelect } from '../../../shared/components/PeopleSelect';
import { TextArea } from '../../../shared/components/TextArea';
import { DialogSaveError } from '../../../shared/components/DialogSaveError';
import { callResolver } from '../../../shared/invokeClient';
import { type SoaLineDraft, lineDraft, saveEntryInput, soaFieldPaths as paths } from './soaDraft';
import { SoaDocumentsField } from './SoaDocumentsField';
import { SoaReasonField } from './SoaReasonField';
import { SoaStatusFields } from './SoaStatusFields';
import { minExclusionJustification } from './soaWords';
import { FormDialog } from '../../../shared/forms/FormDialog';
import { FormField } from '../../../shared/forms/FormField';
import { useSave } from '../../../shared/forms/useSave';

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
    <FormDialog
      title={`${line.entry.controlId} ${line.title}`}
      testId="soa-dialog"
      busy={saving}
      onClose={onClose}
      onSubmit={save}
      submit={{ label: 'Save line', testIds: ['soa-dialog-cancel', 'soa-dialog-save'] }}
    >
      <Stack space="space.200">
        <SoaStatusFields draft={draft} update={update} error={error} />
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
        <SoaReasonField
          value={draft.reason}
          onChange={(reason) => update({ reason })}
          version={view.version}
          isApproved={isApproved}
          error={error}
        />
        <DialogSaveError
          error={error}
          fieldPaths={Object.values(paths)}
          conflictTitle="Someone else changed the SoA meanwhile"
          failureTitle="The line was not saved"
          conflictHint="The table now shows the latest version: close this dialog and edit the line again."
          testId="soa-dialog-error"
        />
      </Stack>
    </FormDialog>
  );
}
