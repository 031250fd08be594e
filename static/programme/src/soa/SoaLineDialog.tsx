import { Stack } from '@atlaskit/primitives';
import type { SoaLineView, SoaView } from '../../../../src/contract';
import type { Person } from '../../../shared/components/PeopleSelect';
import { DialogSaveError } from '../../../shared/components/DialogSaveError';
import { callResolver } from '../../../shared/invokeClient';
import { type SoaLineDraft, lineDraft, saveEntryInput, soaFieldPaths as paths } from './soaDraft';
import { SoaDocumentsField } from './SoaDocumentsField';
import { SoaStatusFields } from './SoaStatusFields';
import { minExclusionJustification } from './soaWords';
import { FormDialog } from '../../../shared/forms/FormDialog';
import { FormField } from '../../../shared/forms/FormField';
import { TextArea } from '../../../shared/components/TextArea';
import { PersonField } from '../../../shared/forms/PersonField';
import { ReasonField } from '../../../shared/forms/TextInputField';
import { type EditDialogEvents, useEditDialog } from '../../../shared/forms/useEditDialog';

interface SoaLineDialogProps extends EditDialogEvents<SoaView> {
  line: SoaLineView;
  view: SoaView;
  people: readonly Person[];
}

/** One control's SoA line in a dialog; the backend's complaints appear under the fields they are about. */
export function SoaLineDialog({ line, view, people, ...events }: SoaLineDialogProps) {
  const { draft, update, field, error, dialog } = useEditDialog(
    () => lineDraft(line),
    (draft: SoaLineDraft) => callResolver('saveSoaEntry', saveEntryInput(draft, view.version)),
    paths,
    events,
  );
  const isApproved = view.approvals.length > 0;

  return (
    <FormDialog
      title={`${line.entry.controlId} ${line.title}`}
      testId="soa-dialog"
      {...dialog}
      submit={{ label: 'Save line', testIds: ['soa-dialog-cancel', 'soa-dialog-save'] }}
    >
      <Stack space="space.200">
        <SoaStatusFields field={field} />
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
        <PersonField id="soa-owner" label="Control owner" people={people} {...field('ownerId')} />
        <SoaDocumentsField documents={draft.documents} onChange={(documents) => update({ documents })} error={error} />
        <ReasonField
          id="soa-reason"
          {...field('reason')}
          approvalNote={
            isApproved
              ? `Version ${view.version} is approved: changing a line withdraws the approval and needs a reason.`
              : null
          }
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
