import type { FormEvent } from 'react';
import type { ObjectivesAndTargetsView } from '../../../../src/contract/objectives';
import type { KpiKey } from '../../../../src/contract/review';
import { callResolver } from '../../../shared/invokeClient';
import { type InlineFormWords, RefusableInlineForm } from '../../../shared/forms/RefusableInlineForm';
import { useDraft } from '../../../shared/forms/useDraft';
import { useSave } from '../../../shared/forms/useSave';
import { KpiLevelFields, typedNumber } from './KpiLevelFields';
import type { Direction } from './objectiveWords';

const targetForm: InlineFormWords = {
  testId: 'kpi-target-form',
  submit: { label: 'Save target', testId: 'kpi-target-save' },
  refusal: { title: 'The target was not saved', fieldPaths: ['targets'], testId: 'kpi-target-error' },
};

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
      target: typedNumber(draft.target),
      tolerance: typedNumber(draft.tolerance),
    };
    void save.run(
      () =>
        callResolver('saveKpiTargets', { targets: [...others, target], expectedVersion: view.targetsStamp.version }),
      { onSaved },
    );
  };
  return (
    <RefusableInlineForm {...targetForm} save={save} onSubmit={submit} space="space.100">
      <KpiLevelFields
        idPrefix="kpi-target"
        valueId="kpi-target-value"
        paths={{ kpi: 'targets', direction: 'direction', target: 'target', tolerance: 'tolerance' }}
        draft={draft}
        update={update}
        error={save.error}
        toleranceHelper="How far past the target still reads “within tolerance”"
      />
    </RefusableInlineForm>
  );
}
