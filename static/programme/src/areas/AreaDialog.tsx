import { Grid, Stack, Text } from '@atlaskit/primitives';
import type { AreaView } from '../../../../src/contract';
import type { CatalogueItem } from './CatalogueSelect';
import type { Person } from '../../../shared/components/PeopleSelect';
import { DialogSaveError } from '../../../shared/components/DialogSaveError';
import { FormDialog } from '../../../shared/forms/FormDialog';
import { FormField } from '../../../shared/forms/FormField';
import { PeopleField, PersonField } from '../../../shared/forms/PersonField';
import { type Choice, SelectField } from '../../../shared/forms/SelectField';
import { ReasonField, TextInputField } from '../../../shared/forms/TextInputField';
import { type EditDialogEvents, useEditDialog } from '../../../shared/forms/useEditDialog';
import { callResolver } from '../../../shared/invokeClient';
import { type AreaDraft, areaDraft, areaFieldPaths as paths, saveAreaInput } from './areaDraft';
import { CatalogueSelect } from './CatalogueSelect';

const ratingWords = ['', 'very low', 'low', 'moderate', 'high', 'very high'];
const ratingChoices: Choice<number>[] = [1, 2, 3, 4, 5].map((value) => ({
  label: `${value} – ${ratingWords[value]}`,
  value,
}));

interface AreaDialogProps extends EditDialogEvents<AreaView> {
  /** null: a new area. */
  area: AreaView | null;
  people: readonly Person[];
  catalogue: readonly CatalogueItem[];
}

/** Adds or changes an auditable area: owner and members (who may never audit it), risk, what it carries. */
export function AreaDialog({ area, people, catalogue, ...events }: AreaDialogProps) {
  const { draft, update, field, error, dialog } = useEditDialog(
    () => areaDraft(area),
    (draft: AreaDraft) => callResolver('saveAuditableArea', saveAreaInput(draft, area)),
    paths,
    events,
  );

  const rating = (key: 'likelihood' | 'impact', label: string) => (
    <SelectField id={`area-${key}`} label={label} choices={ratingChoices} {...field(key)} />
  );

  return (
    <FormDialog
      title={area ? `Change ${area.area.name}` : 'Add an auditable area'}
      testId="area-dialog"
      {...dialog}
      submit={{ label: area ? 'Save area' : 'Add area', testIds: ['area-dialog-cancel', 'area-dialog-save'] }}
    >
      <Stack space="space.200">
        <TextInputField id="area-name" label="Name" isRequired {...field('name')} />
        <PersonField
          id="area-owner"
          label="Owner"
          isRequired
          helper="Pick someone with an app role, or type an Atlassian account id."
          people={people}
          {...field('ownerId')}
        />
        <PeopleField
          id="area-members"
          label="Members"
          helper="People who work in the area: like the owner, they may not audit it."
          people={people}
          {...field('memberIds')}
        />
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
        <ReasonField id="area-reason" {...field('reason')} />
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
