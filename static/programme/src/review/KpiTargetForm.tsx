import { Inline } from '@atlaskit/primitives';
import type { FormEvent } from 'react';
import type { ObjectivesAndTargetsView } from '../../../../src/contract/objectives';
import type { KpiKey } from '../../../../src/contract/review';
import { callResolver } from '../../../shared/invokeClient';
import { type InlineFormWords, RefusableInlineForm } from '../../../shared/forms/RefusableInlineForm';
import { SelectField } from '../../../shared/forms/SelectField';
import { TextInputField } from '../../../shared/forms/TextInputField';
import { useDraft } from '../../../shared/forms/useDraft';
import { useSave } from '../../../shared/forms/useSave';
import { directionChoices, kpiChoices, type Direction } from './objectiveWords';

const targetForm: InlineFormWords = {
  testId: 'kpi-target-form',
  submit: { label: 'Save target', testId: 'kpi-target-save' },
  refusal: { title: 'The target was not saved', fieldPaths: ['targets'], testId: 'kpi-target-error' },
};

/** Typed text to a number; empty or not a number stays NaN so the backend names the field. */
const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/**
 * Sets one KPI's target (direction, value, tolerance): the other KPIs' targets are sent back as they
 * are, so the saved set is the one read plus this change (the version guards against a lost update).
 */
export function KpiTargetForm({
  view,
  onSaved,
}: {
  view: ObjectivesAndTargetsView;
  onSaved: (view: ObjectivesAndTargetsView) => void;
}) {
  const { draft, update } = useDraft({
    kpi: 'caEffectiveness' as KpiKey,
    direction: 'atLeast' as Direction,
    target: '',
    tolerance: '0',
  });
  const save = useSave();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const others = view.targets.targets.filter((t) => t.kpi !== draft.kpi);
    const target = {
      kpi: draft.kpi,
      direction: draft.direction,
      target: numberOf(draft.target),
      tolerance: numberOf(draft.tolerance),
    };
    void save.run(
      () =>
        callResolver('saveKpiTargets', { targets: [...others, target], expectedVersion: view.targetsStamp.version }),
      { onSaved },
    );
  };
  return (
    <RefusableInlineForm {...targetForm} save={save} onSubmit={submit} space="space.100">
      <Inline space="space.200" shouldWrap alignBlock="start">
        <div style={{ minWidth: '16rem' }}>
          <SelectField<KpiKey>
            id="kpi-target-kpi"
            label="KPI"
            path="targets"
            error={save.error}
            choices={kpiChoices}
            value={draft.kpi}
            onChange={(kpi) => update({ kpi })}
          />
        </div>
        <div style={{ minWidth: '10rem' }}>
          <SelectField<Direction>
            id="kpi-target-direction"
            label="Direction"
            path="direction"
            error={save.error}
            choices={directionChoices}
            value={draft.direction}
            onChange={(direction) => update({ direction })}
          />
        </div>
        <TextInputField
          id="kpi-target-value"
          label="Target"
          path="target"
          error={save.error}
          value={draft.target}
          onChange={(target) => update({ target })}
          isRequired
        />
        <TextInputField
          id="kpi-target-tolerance"
          label="Tolerance"
          path="tolerance"
          error={save.error}
          value={draft.tolerance}
          onChange={(tolerance) => update({ tolerance })}
          helper="How far past the target still reads “within tolerance”"
        />
      </Inline>
    </RefusableInlineForm>
  );
}
