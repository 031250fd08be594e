import { Grid, Stack, Text } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import { type FormEvent, useState } from 'react';
import type { AreaView } from '../../../../src/contract';
import type { CatalogueItem } from './CatalogueSelect';
import { type Person, PeopleSelect, PersonSelect } from '../../../shared/components/PeopleSelect';
import { DialogSaveError } from '../../../shared/components/DialogSaveError';
import { FormDialog } from '../../../shared/forms/FormDialog';
import { FormField } from '../../../shared/forms/FormField';
import { ReasonField, TextInputField } from '../../../shared/forms/TextInputField';
import { useSave } from '../../../shared/forms/useSave';
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
  const { saving, error, run } = useSave();
  const update = (change: Partial<AreaDraft>) => setDraft((previous) => ({ ...previous, ...change }));

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(() => callResolver('saveAuditableArea', saveAreaInput(draft, area)), {
      onSaved: (saved) => {
        onSaved(saved);
        onClose();
      },
      onConflict: onStale,
    });
  };

  const rating = (key: 'likelihood' | 'impact', label: string) => (
    <FormField htmlFor={`area-${key}`} label={label} path={paths[key]} error={error}>
      {(isInvalid) => (
        <Select<RatingOption, false>
          inputId={`area-${key}`}
          options={ratingOptions}
          value={ratingOptions.find((option) => option.value === draft[key]) ?? null}
          onChange={(option) => option && update({ [key]: option.value })}
          isSearchable={false}
          isInvalid={isInvalid}
          testId={`area-${key}`}
        />
      )}
    </FormField>
  );

  return (
    <FormDialog
      title={area ? `Change ${area.area.name}` : 'Add an auditable area'}
      testId="area-dialog"
      busy={saving}
      onClose={onClose}
      onSubmit={save}
      submit={{ label: area ? 'Save area' : 'Add area', testIds: ['area-dialog-cancel', 'area-dialog-save'] }}
    >
      <Stack space="space.200">
        <TextInputField
          id="area-name"
          label="Name"
          isRequired
          path={paths.name}
          error={error}
          value={draft.name}
          onChange={(name) => update({ name })}
        />
        <FormField
          htmlFor="area-owner"
          label="Owner"
          isRequired
          helper="Pick someone with an app role, or type an Atlassian account id."
          path={paths.ownerId}
          error={error}
        >
          {(isInvalid) => (
            <PersonSelect
              inputId="area-owner"
              people={people}
              value={draft.ownerId}
              onChange={(ownerId) => update({ ownerId })}
              isInvalid={isInvalid}
              testId="area-owner"
            />
          )}
        </FormField>
        <FormField
          htmlFor="area-members"
          label="Members"
          helper="People who work in the area: like the owner, they may not audit it."
          path={paths.memberIds}
          error={error}
        >
          {(isInvalid) => (
            <PeopleSelect
              inputId="area-members"
              people={people}
              value={draft.memberIds}
              onChange={(memberIds) => update({ memberIds })}
              isInvalid={isInvalid}
              testId="area-members"
            />
          )}
        </FormField>
        <Grid templateColumns="1fr 1fr auto" gap="space.150" alignItems="end">
          {rating('likelihood', 'Likelihood')}
          {rating('impact', 'Impact')}
          <Text testId="area-score">
            Risk score <Text weight="bold">{draft.likelihood * draft.impact}</Text>
          </Text>
        </Grid>
        <FormField
          htmlFor="area-items"
          label="Clauses and controls it carries"
          helper="What an audit of this area must cover."
          path={paths.itemIds}
          error={error}
        >
          {(isInvalid) => (
            <CatalogueSelect
              inputId="area-items"
              items={catalogue}
              value={draft.itemIds}
              onChange={(itemIds) => update({ itemIds })}
              isInvalid={isInvalid}
              testId="area-items"
            />
          )}
        </FormField>
        <ReasonField
          id="area-reason"
          path={paths.reason}
          error={error}
          value={draft.reason}
          onChange={(reason) => update({ reason })}
        />
        <DialogSaveError
          error={error}
          fieldPaths={Object.values(paths)}
          conflictTitle="Someone else changed this area meanwhile"
          failureTitle="The area was not saved"
          testId="area-dialog-error"
        />
      </Stack>
    </FormDialog>
  );
}
