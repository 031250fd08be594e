import { Inline } from '@atlaskit/primitives';
import type { FormEvent } from 'react';
import type { ReviewPlanView } from '../../../../src/contract';
import { callResolver } from '../../../shared/invokeClient';
import { DateField } from '../../../shared/forms/DateField';
import { type InlineFormWords, RefusableInlineForm } from '../../../shared/forms/RefusableInlineForm';
import { TextAreaField } from '../../../shared/forms/TextAreaField';
import { TextInputField } from '../../../shared/forms/TextInputField';
import { useDraft } from '../../../shared/forms/useDraft';
import { useSave } from '../../../shared/forms/useSave';
import { fieldText } from '../audits/fieldText';

const fieldPaths = ['plan.intervalMonths', 'plan.nextPlannedOn', 'plan.standingItems'] as const;

const planForm: InlineFormWords = {
  testId: 'review-plan-form',
  submit: { label: 'Save review plan', testId: 'review-plan-save' },
  refusal: { title: 'The review plan was not saved', fieldPaths, testId: 'review-plan-error' },
};

/** Text while edited: the interval as typed, the standing items one per line. */
const draftOf = (view: ReviewPlanView) => ({
  intervalMonths: String(view.plan.intervalMonths),
  nextPlannedOn: view.plan.nextPlannedOn ?? '',
  standingItems: view.plan.standingItems.join('\n'),
});

/** The programme manager sets the review interval, the next review's planned day and the standing agenda items. */
export function ReviewPlanForm({ view, onSaved }: { view: ReviewPlanView; onSaved: (view: ReviewPlanView) => void }) {
  const { draft, update } = useDraft(draftOf(view));
  const save = useSave();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const plan = {
      // Not a number stays as typed: the backend names the field.
      intervalMonths: draft.intervalMonths.trim() === '' ? Number.NaN : Number(draft.intervalMonths),
      nextPlannedOn: draft.nextPlannedOn.trim() === '' ? null : draft.nextPlannedOn.trim(),
      standingItems: draft.standingItems
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    };
    void save.run(() => callResolver('saveReviewPlan', { plan, expectedVersion: view.version }), { onSaved });
  };

  return (
    <RefusableInlineForm {...planForm} save={save} onSubmit={submit} space="space.100">
      <Inline space="space.200" shouldWrap alignBlock="start">
        <TextInputField
          id="review-plan-interval"
          label="Review interval (months)"
          path="plan.intervalMonths"
          error={save.error}
          value={draft.intervalMonths}
          onChange={(intervalMonths) => update({ intervalMonths })}
          isRequired
        />
        <DateField
          id="review-plan-next"
          label="Next review planned on"
          value={draft.nextPlannedOn}
          onChange={(nextPlannedOn) => update({ nextPlannedOn })}
          error={fieldText(save.error, 'plan.nextPlannedOn')}
          helper="Empty: one interval after the last review held"
        />
      </Inline>
      <TextAreaField
        id="review-plan-items"
        label="Standing agenda items"
        value={draft.standingItems}
        onChange={(standingItems) => update({ standingItems })}
        error={fieldText(save.error, 'plan.standingItems')}
        helper="One per line; heard at every review after the 9.3.2 inputs a–g"
        rows={3}
      />
    </RefusableInlineForm>
  );
}
