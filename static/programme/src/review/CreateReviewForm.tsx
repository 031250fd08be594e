import { Inline } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import type { FormEvent } from 'react';
import type { ManagementReviewView } from '../../../../src/contract';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { callResolver } from '../../../shared/invokeClient';
import { fieldText } from '../audits/fieldText';
import { DateField } from '../../../shared/forms/DateField';
import { type InlineFormWords, RefusableInlineForm } from '../../../shared/forms/RefusableInlineForm';
import { fieldsSaying, useDraft } from '../../../shared/forms/useDraft';
import { useSave } from '../../../shared/forms/useSave';

const fieldPaths = ['title', 'from', 'to'] as const;

/** The two ends of the period a review looks back on, as the form labels them. */
const periodEnds = [
  { end: 'from', label: 'Period from' },
  { end: 'to', label: 'Period to' },
] as const;

const noReview = { title: '', from: '', to: '' };

const createForm: InlineFormWords = {
  testId: 'review-create',
  submit: { label: 'Create management review', testId: 'review-create-submit' },
  refusal: { title: 'The review was not created', fieldPaths, testId: 'review-create-error' },
};

interface CreateReviewFormProps {
  onCreated: (review: ManagementReviewView) => void;
}

/**
 * "Create management review": a title and the period it looks back on. The app records the review
 * and writes its Confluence page from the review template (every review macro, set to the period).
 */
export function CreateReviewForm({ onCreated }: CreateReviewFormProps) {
  const { draft, update, reset } = useDraft(noReview);
  const save = useSave();
  const field = fieldsSaying(draft, update, save.error, fieldText);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save.run(() => callResolver('createManagementReview', draft), {
      onSaved: (review) => {
        reset();
        onCreated(review);
      },
    });
  };

  const title = field('title');
  return (
    <RefusableInlineForm {...createForm} save={save} onSubmit={submit} style={{ maxWidth: '45rem' }}>
      <FieldBlock htmlFor="review-create-title" label="Title" error={title.error} isRequired>
        <Textfield
          id="review-create-title"
          value={title.value}
          onChange={(event) => title.onChange(event.currentTarget.value)}
          isInvalid={Boolean(title.error)}
          placeholder="Management review 2026 H1"
          testId="review-create-title"
        />
      </FieldBlock>
      <Inline space="space.200" shouldWrap>
        {periodEnds.map(({ end, label }) => (
          <DateField key={end} id={`review-create-${end}`} label={label} {...field(end)} isRequired />
        ))}
      </Inline>
    </RefusableInlineForm>
  );
}
