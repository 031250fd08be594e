import Button from '@atlaskit/button/new';
import { ErrorMessage, Fieldset } from '@atlaskit/form';
import { Grid, Inline, Stack } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { type FormEvent, useState } from 'react';
import type { ResolverError, SoaLineView, SoaView } from '../../../../src/contract';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { ModalDialog } from '../../../shared/components/ModalDialog';
import { type Person, PersonSelect } from '../../../shared/components/PeopleSelect';
import { TextArea } from '../../../shared/components/TextArea';
import { DialogSaveError } from '../../../shared/components/DialogSaveError';
import { errorIsAbout, fieldMessage } from '../../../shared/fieldMessage';
import { callResolver } from '../../../shared/invokeClient';
import { type SoaLineDraft, lineDraft, saveEntryInput, soaFieldPaths as paths } from './soaDraft';
import { type Implementation, implementations, implementationTitles, minExclusionJustification } from './soaWords';

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
  const [error, setError] = useState<ResolverError | null>(null);
  const [saving, setSaving] = useState(false);
  const isApproved = view.approvals.length > 0;
  const update = (change: Partial<SoaLineDraft>) => setDraft((previous) => ({ ...previous, ...change }));
  const setDocument = (index: number, change: Partial<SoaLineDraft['documents'][number]>) =>
    setDraft((previous) => ({
      ...previous,
      documents: previous.documents.map((doc, i) => (i === index ? { ...doc, ...change } : doc)),
    }));

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await callResolver('saveSoaEntry', saveEntryInput(draft, view.version));
    setSaving(false);
    if (result.ok) {
      onSaved(result.value);
      onClose();
    } else {
      setError(result.error);
      if (result.error.code === 'conflict') onStale();
    }
  };

  const documentsError = fieldMessage(error, paths.documents);
  return (
    <ModalDialog
      title={`${line.entry.controlId} ${line.title}`}
      onClose={onClose}
      isBusy={saving}
      testId="soa-dialog"
      onSubmit={(event) => void save(event)}
      footer={
        <>
          <Button appearance="subtle" onClick={onClose} isDisabled={saving} testId="soa-dialog-cancel">
            Cancel
          </Button>
          <Button type="submit" appearance="primary" isLoading={saving} testId="soa-dialog-save">
            Save line
          </Button>
        </>
      }
    >
      <Stack space="space.200">
        <Grid templateColumns="repeat(auto-fit, minmax(12rem, 1fr))" gap="space.150">
          <FieldBlock htmlFor="soa-applicable" label="Applicability" error={fieldMessage(error, paths.applicable)}>
            <Select<Option<boolean>, false>
              inputId="soa-applicable"
              options={applicabilityOptions}
              value={applicabilityOptions.find((option) => option.value === draft.applicable) ?? null}
              onChange={(option) => option && update({ applicable: option.value })}
              isSearchable={false}
              testId="soa-applicable"
            />
          </FieldBlock>
          <FieldBlock
            htmlFor="soa-implementation"
            label="Implementation"
            error={fieldMessage(error, paths.implementation)}
          >
            <Select<Option<Implementation>, false>
              inputId="soa-implementation"
              options={implementationOptions}
              value={implementationOptions.find((option) => option.value === draft.implementation) ?? null}
              onChange={(option) => option && update({ implementation: option.value })}
              isSearchable={false}
              testId="soa-implementation"
            />
          </FieldBlock>
        </Grid>
        <FieldBlock
          htmlFor="soa-justification"
          label={draft.applicable ? 'Justification (optional)' : 'Justification for the exclusion'}
          helper={
            draft.applicable
              ? 'Why the control applies, if worth saying.'
              : `Required when excluded: at least ${minExclusionJustification} characters an inspector can follow.`
          }
          isRequired={!draft.applicable}
          error={fieldMessage(error, paths.justification)}
          errorTestId="soa-justification-error"
        >
          <TextArea
            id="soa-justification"
            value={draft.justification}
            onChange={(justification) => update({ justification })}
            isInvalid={Boolean(fieldMessage(error, paths.justification))}
            testId="soa-justification"
          />
        </FieldBlock>
        <FieldBlock htmlFor="soa-owner" label="Control owner" error={fieldMessage(error, paths.ownerId)}>
          <PersonSelect
            inputId="soa-owner"
            people={people}
            value={draft.ownerId}
            onChange={(ownerId) => update({ ownerId })}
            isInvalid={Boolean(fieldMessage(error, paths.ownerId))}
            testId="soa-owner"
          />
        </FieldBlock>
        <Fieldset legend="Linked documents (Confluence pages)">
          <Stack space="space.100">
            {draft.documents.map((doc, index) => {
              const at = `${paths.documents}.${index}`;
              return (
                <Inline key={index} space="space.100" alignBlock="end">
                  <FieldBlock
                    htmlFor={`soa-doc-${index}-page`}
                    label="Page id"
                    error={fieldMessage(error, `${at}.pageId`)}
                  >
                    <Textfield
                      id={`soa-doc-${index}-page`}
                      value={doc.pageId}
                      width={120}
                      onChange={(event) => setDocument(index, { pageId: event.currentTarget.value })}
                      isInvalid={errorIsAbout(error, `${at}.pageId`)}
                    />
                  </FieldBlock>
                  <FieldBlock
                    htmlFor={`soa-doc-${index}-title`}
                    label="Title"
                    error={fieldMessage(error, `${at}.title`)}
                  >
                    <Textfield
                      id={`soa-doc-${index}-title`}
                      value={doc.title}
                      onChange={(event) => setDocument(index, { title: event.currentTarget.value })}
                      isInvalid={errorIsAbout(error, `${at}.title`)}
                    />
                  </FieldBlock>
                  <Button
                    appearance="subtle"
                    onClick={() => update({ documents: draft.documents.filter((_, i) => i !== index) })}
                  >
                    Remove
                  </Button>
                </Inline>
              );
            })}
            {documentsError && error?.field === paths.documents ? <ErrorMessage>{documentsError}</ErrorMessage> : null}
            <Inline>
              <Button
                onClick={() => update({ documents: [...draft.documents, { pageId: '', title: '' }] })}
                testId="soa-add-document"
              >
                Link a page
              </Button>
            </Inline>
          </Stack>
        </Fieldset>
        <FieldBlock
          htmlFor="soa-reason"
          label={isApproved ? 'Reason for the change' : 'Reason for the change (optional)'}
          helper={
            isApproved
              ? `Version ${view.version} is approved: changing a line withdraws the approval and needs a reason.`
              : 'Recorded in the audit trail with your change.'
          }
          isRequired={isApproved}
          error={fieldMessage(error, paths.reason)}
        >
          <Textfield
            id="soa-reason"
            value={draft.reason}
            onChange={(event) => update({ reason: event.currentTarget.value })}
            isInvalid={Boolean(fieldMessage(error, paths.reason))}
            testId="soa-reason"
          />
        </FieldBlock>
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
