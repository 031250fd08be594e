import { Inline } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { type FormEvent, useState } from 'react';
import type { ManagementReviewView } from '../../../../src/contract';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { callResolver } from '../../../shared/invokeClient';
import { fieldText } from '../audits/fieldText';
import { DateField } from '../../../shared/forms/DateField';
import { FormRefusal } from '../../../shared/forms/FormRefusal';
import { InlineForm } from '../../../shared/forms/InlineForm';
import { useSave } from '../../../shared/forms/useSave';

const fields = ['title', 'from', 'to'] as const;

/** The two ends of the period a review looks back on, as the form labels them. */
const periodEnds = [
  { end: 'from', label: 'Period from' },
  { end: 'to', label: 'Period to' },
] as const;

const noPeriod = { from: '', to: '' };

interface CreateReviewFormProps {
  onCreated: (review: ManagementReviewView) => void;
}

/**
 * "Create management review": a title and the period it looks back on. The app records the review
 * and writes its Confluence page from the review template (every review macro, set to the period).
 */
export function CreateReviewForm({ onCreated }: CreateReviewFormProps) {
  const [title, setTitle] = useState('');
  const [period, setPeriod] = useState(noPeriod);
  const { saving, error, run } = useSave();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(() => callResolver('createManagementReview', { title, ...period }), {
      onSaved: (review) => {
        setTitle('');
        setPeriod(noPeriod);
        onCreated(review);
      },
    });
  };

  return (
    <InlineForm
      testId="review-create"
      onSubmit={submit}
      busy={saving}
      submit={{ label: 'Create management review', testId: 'review-create-submit' }}
      failure={
        <FormRefusal
          error={error}
          fieldPaths={fields}
          title="The review was not created"
          testId="review-create-error"
        />
      }
      style={{ maxWidth: '45rem' }}
    >
      <FieldBlock htmlFor="review-create-title" label="Title" error={fieldText(error, 'title')} isRequired>
        <Textfield
          id="review-create-title"
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          isInvalid={Boolean(fieldText(error, 'title'))}
          placeholder="Management review 2026 H1"
          testId="review-create-title"
        />
      </FieldBlock>
      <Inline space="space.200" shouldWrap>
        {periodEnds.map(({ end, label }) => (
          <DateField
            key={end}
            id={`review-create-${end}`}
            label={label}
            value={period[end]}
            onChange={(date) => setPeriod((previous) => ({ ...previous, [end]: date }))}
            error={fieldText(error, end)}
            isRequired
          />
        ))}
      </Inline>
    </InlineForm>
  );
}
