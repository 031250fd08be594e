import { Inline } from '@atlaskit/primitives';
import type { FormEvent } from 'react';
import type { ObjectivesAndTargetsView } from '../../../../src/contract/objectives';
import type { KpiKey } from '../../../../src/contract/review';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { PersonSelect } from '../../../shared/components/PeopleSelect';
import { callResolver } from '../../../shared/invokeClient';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { fieldText } from '../audits/fieldText';
import { DateField } from '../../../shared/forms/DateField';
import { type InlineFormWords, RefusableInlineForm } from '../../../shared/forms/RefusableInlineForm';
import { SelectField } from '../../../shared/forms/SelectField';
import { TextAreaField } from '../../../shared/forms/TextAreaField';
import { TextInputField } from '../../../shared/forms/TextInputField';
import { fieldsSaying, useDraft } from '../../../shared/forms/useDraft';
import { useSave } from '../../../shared/forms/useSave';
import { KpiLevelFields, typedNumber } from './KpiLevelFields';
import { statusChoices, type Direction, type ObjectiveStatus } from './objectiveWords';

type MeasureKind = 'kpi' | 'entered';

const fieldPaths = ['objective.title', 'objective.measure', 'objective.ownerId', 'objective.dueDate'] as const;

const objectiveForm: InlineFormWords = {
  testId: 'objective-form',
  submit: { label: 'Add objective', testId: 'objective-add' },
  refusal: { title: 'The objective was not added', fieldPaths, testId: 'objective-error' },
};

const noObjective = {
  title: '',
  kind: 'kpi' as MeasureKind,
  kpi: 'caEffectiveness' as KpiKey,
  direction: 'atLeast' as Direction,
  target: '',
  tolerance: '0',
  description: '',
  targetWords: '',
  result: '',
  ownerId: null as string | null,
  dueDate: '',
  status: 'planned' as ObjectiveStatus,
};

const measureChoices = [
  { label: 'By one of the app’s KPIs', value: 'kpi' as MeasureKind },
  { label: 'Measured elsewhere (result entered)', value: 'entered' as MeasureKind },
];

/** Adds an information-security objective (6.2): what, how it is measured, target, owner, due date, status. */
export function ObjectiveForm({ onSaved }: { onSaved: (view: ObjectivesAndTargetsView) => void }) {
  const people = useResolverQuery('listRoleAssignments', {});
  const { draft, update, reset } = useDraft(noObjective);
  const save = useSave();
  const field = fieldsSaying(draft, update, save.error, fieldText);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const measure =
      draft.kind === 'kpi'
        ? {
            kind: 'kpi' as const,
            kpi: draft.kpi,
            level: {
              direction: draft.direction,
              target: typedNumber(draft.target),
              tolerance: typedNumber(draft.tolerance),
            },
          }
        : { kind: 'entered' as const, description: draft.description, target: draft.targetWords, result: draft.result };
    const objective = {
      title: draft.title,
      measure,
      ownerId: draft.ownerId ?? '',
      dueDate: draft.dueDate,
      status: draft.status,
    };
    void save.run(() => callResolver('saveSecurityObjective', { objective, expectedVersion: 0 }), {
      onSaved: (view) => {
        reset();
        onSaved(view);
      },
    });
  };

  const owner = field('ownerId', 'objective.ownerId');
  return (
    <RefusableInlineForm {...objectiveForm} save={save} onSubmit={submit} space="space.100">
      <TextAreaField
        id="objective-title"
        label="Objective"
        {...field('title', 'objective.title')}
        isRequired
        rows={2}
      />
      <div style={{ maxWidth: '22rem' }}>
        <SelectField<MeasureKind>
          id="objective-measure-kind"
          label="Measured"
          path="objective.measure.kind"
          error={save.error}
          choices={measureChoices}
          value={draft.kind}
          onChange={(kind) => update({ kind })}
        />
      </div>
      {draft.kind === 'kpi' ? (
        <KpiLevelFields
          idPrefix="objective"
          valueId="objective-target"
          paths={{
            kpi: 'objective.measure.kpi',
            direction: 'objective.measure.level.direction',
            target: 'objective.measure.level.target',
            tolerance: 'objective.measure.level.tolerance',
          }}
          draft={draft}
          update={update}
          error={save.error}
        />
      ) : (
        <>
          <TextInputField
            id="objective-description"
            label="How it is measured"
            path="objective.measure.description"
            error={save.error}
            value={draft.description}
            onChange={(description) => update({ description })}
            isRequired
          />
          <TextInputField
            id="objective-target-words"
            label="Target"
            path="objective.measure.target"
            error={save.error}
            value={draft.targetWords}
            onChange={(targetWords) => update({ targetWords })}
            isRequired
          />
          <TextAreaField
            id="objective-result"
            label="Latest result"
            {...field('result', 'objective.measure.result')}
            rows={2}
          />
        </>
      )}
      <Inline space="space.200" shouldWrap alignBlock="start">
        <FieldBlock htmlFor="objective-owner" label="Owner" error={owner.error} isRequired>
          <div style={{ minWidth: '18rem' }}>
            <PersonSelect
              inputId="objective-owner"
              people={people.state.status === 'ok' ? people.state.value.assignments : []}
              value={owner.value}
              onChange={owner.onChange}
              isInvalid={Boolean(owner.error)}
              testId="objective-owner"
            />
          </div>
        </FieldBlock>
        <DateField id="objective-due" label="Due date" {...field('dueDate', 'objective.dueDate')} isRequired />
        <div style={{ minWidth: '12rem' }}>
          <SelectField<ObjectiveStatus>
            id="objective-status"
            label="Status"
            path="objective.status"
            error={save.error}
            choices={statusChoices}
            value={draft.status}
            onChange={(status) => update({ status })}
          />
        </div>
      </Inline>
    </RefusableInlineForm>
  );
}
