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
import { directionChoices, kpiChoices, statusChoices, type Direction, type ObjectiveStatus } from './objectiveWords';

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

const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

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
            level: { direction: draft.direction, target: numberOf(draft.target), tolerance: numberOf(draft.tolerance) },
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
        <Inline space="space.200" shouldWrap alignBlock="start">
          <div style={{ minWidth: '16rem' }}>
            <SelectField<KpiKey>
              id="objective-kpi"
              label="KPI"
              path="objective.measure.kpi"
              error={save.error}
              choices={kpiChoices}
              value={draft.kpi}
              onChange={(kpi) => update({ kpi })}
            />
          </div>
          <div style={{ minWidth: '10rem' }}>
            <SelectField<Direction>
              id="objective-direction"
              label="Direction"
              path="objective.measure.level.direction"
              error={save.error}
              choices={directionChoices}
              value={draft.direction}
              onChange={(direction) => update({ direction })}
            />
          </div>
          <TextInputField
            id="objective-target"
            label="Target"
            path="objective.measure.level.target"
            error={save.error}
            value={draft.target}
            onChange={(target) => update({ target })}
            isRequired
          />
          <TextInputField
            id="objective-tolerance"
            label="Tolerance"
            path="objective.measure.level.tolerance"
            error={save.error}
            value={draft.tolerance}
            onChange={(tolerance) => update({ tolerance })}
          />
        </Inline>
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
