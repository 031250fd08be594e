import Button from '@atlaskit/button/new';
import { Grid, Stack, Text } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { type FormEvent, useState } from 'react';
import type { AreaView, ResolverError } from '../../../../src/contract';
import type { CatalogueItem } from './CatalogueSelect';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { ModalDialog } from '../../../shared/components/ModalDialog';
import { type Person, PeopleSelect, PersonSelect } from '../../../shared/components/PeopleSelect';
import { DialogSaveError } from '../../../shared/components/DialogSaveError';
import { fieldMessage } from '../../../shared/fieldMessage';
import { callResolver } from '../../../shared/invokeClient';
import { type AreaDraft, areaDraft, areaFieldPaths as paths, saveAreaInput } from './areaDraft';
import { CatalogueSelect } from './CatalogueSelect';

interface RatingOption {
  label: string;
  value: number;
}
const ratingWords = ['', 'very low', 'low', 'moderate', 'high', 'very high'];
const ratingOptions: RatingOption[] = [1, 2, 3, 4, 5].map((value) => ({
  label: `${value} – ${ratingWords[value]}`,
  value,
}));

interface AreaDialogProps {
  /** null: a new area. */
  area: AreaView | null;
  people: readonly Person[];
  catalogue: readonly CatalogueItem[];
  onSaved: (area: AreaView) => void;
  /** Someone else saved the area meanwhile: the page reads the areas again. */
  onStale: () => void;
  onClose: () => void;
}

/** Adds or changes an auditable area: owner and members (who may never audit it), risk, what it carries. */
export function AreaDialog({ area, people, catalogue, onSaved, onStale, onClose }: AreaDialogProps) {
  const [draft, setDraft] = useState<AreaDraft>(() => areaDraft(area));
  const [error, setError] = useState<ResolverError | null>(null);
  const [saving, setSaving] = useState(false);
  const update = (change: Partial<AreaDraft>) => setDraft((previous) => ({ ...previous, ...change }));

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await callResolver('saveAuditableArea', saveAreaInput(draft, area));
    setSaving(false);
    if (result.ok) {
      onSaved(result.value);
      onClose();
    } else {
      setError(result.error);
      if (result.error.code === 'conflict') onStale();
    }
  };

  const rating = (key: 'likelihood' | 'impact', label: string) => (
    <FieldBlock htmlFor={`area-${key}`} label={label} error={fieldMessage(error, paths[key])}>
      <Select<RatingOption, false>
        inputId={`area-${key}`}
        options={ratingOptions}
        value={ratingOptions.find((option) => option.value === draft[key]) ?? null}
        onChange={(option) => option && update({ [key]: option.value })}
        isSearchable={false}
        isInvalid={Boolean(fieldMessage(error, paths[key]))}
        testId={`area-${key}`}
      />
    </FieldBlock>
  );

  return (
    <ModalDialog
      title={area ? `Change ${area.area.name}` : 'Add an auditable area'}
      onClose={onClose}
      isBusy={saving}
      testId="area-dialog"
      onSubmit={(event) => void save(event)}
      footer={
        <>
          <Button appearance="subtle" onClick={onClose} isDisabled={saving} testId="area-dialog-cancel">
            Cancel
          </Button>
          <Button type="submit" appearance="primary" isLoading={saving} testId="area-dialog-save">
            {area ? 'Save area' : 'Add area'}
          </Button>
        </>
      }
    >
      <Stack space="space.200">
        <FieldBlock htmlFor="area-name" label="Name" isRequired error={fieldMessage(error, paths.name)}>
          <Textfield
            id="area-name"
            value={draft.name}
            onChange={(event) => update({ name: event.currentTarget.value })}
            isInvalid={Boolean(fieldMessage(error, paths.name))}
            testId="area-name"
          />
        </FieldBlock>
        <FieldBlock
          htmlFor="area-owner"
          label="Owner"
          isRequired
          helper="Pick someone with an app role, or type an Atlassian account id."
          error={fieldMessage(error, paths.ownerId)}
        >
          <PersonSelect
            inputId="area-owner"
            people={people}
            value={draft.ownerId}
            onChange={(ownerId) => update({ ownerId })}
            isInvalid={Boolean(fieldMessage(error, paths.ownerId))}
            testId="area-owner"
          />
        </FieldBlock>
        <FieldBlock
          htmlFor="area-members"
          label="Members"
          helper="People who work in the area: like the owner, they may not audit it."
          error={fieldMessage(error, paths.memberIds)}
        >
          <PeopleSelect
            inputId="area-members"
            people={people}
            value={draft.memberIds}
            onChange={(memberIds) => update({ memberIds })}
            isInvalid={Boolean(fieldMessage(error, paths.memberIds))}
            testId="area-members"
          />
        </FieldBlock>
        <Grid templateColumns="1fr 1fr auto" gap="space.150" alignItems="end">
          {rating('likelihood', 'Likelihood')}
          {rating('impact', 'Impact')}
          <Text testId="area-score">
            Risk score <Text weight="bold">{draft.likelihood * draft.impact}</Text>
          </Text>
        </Grid>
        <FieldBlock
          htmlFor="area-items"
          label="Clauses and controls it carries"
          helper="What an audit of this area must cover."
          error={fieldMessage(error, paths.itemIds)}
        >
          <CatalogueSelect
            inputId="area-items"
            items={catalogue}
            value={draft.itemIds}
            onChange={(itemIds) => update({ itemIds })}
            isInvalid={Boolean(fieldMessage(error, paths.itemIds))}
            testId="area-items"
          />
        </FieldBlock>
        <FieldBlock
          htmlFor="area-reason"
          label="Reason for the change (optional)"
          helper="Recorded in the audit trail with your change."
          error={fieldMessage(error, paths.reason)}
        >
          <Textfield
            id="area-reason"
            value={draft.reason}
            onChange={(event) => update({ reason: event.currentTarget.value })}
            isInvalid={Boolean(fieldMessage(error, paths.reason))}
            testId="area-reason"
          />
        </FieldBlock>
        <DialogSaveError
          error={error}
          fieldPaths={Object.values(paths)}
          conflictTitle="Someone else changed this area meanwhile"
          failureTitle="The area was not saved"
          testId="area-dialog-error"
        />
      </Stack>
    </ModalDialog>
  );
}
