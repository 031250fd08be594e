import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { type FormEvent, useState } from 'react';
import type { ManagementReviewView, ResolverError } from '../../../../src/contract';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { shownUnderAField } from '../../../shared/fieldMessage';
import { callResolver } from '../../../shared/invokeClient';
import { fieldText } from '../audits/fieldText';
import { DateField } from '../../../shared/forms/DateField';

const fields = ['title', 'from', 'to'] as const;

interface CreateReviewFormProps {
  onCreated: (review: ManagementReviewView) => void;
}

/**
 * "Create management review": a title and the period it looks back on. The app records the review
 * and writes its Confluence page from the review template (every review macro, set to the period).
 */
export function CreateReviewForm({ onCreated }: CreateReviewFormProps) {
  const [title, setTitle] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await callResolver('createManagementReview', { title, from, to });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setTitle('');
    setFrom('');
    setTo('');
    onCreated(result.value);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="review-create" style={{ maxWidth: '45rem' }}>
      <Stack space="space.150">
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
          <DateField
            id="review-create-from"
            label="Period from"
            value={from}
            onChange={setFrom}
            error={fieldText(error, 'from')}
            isRequired
          />
          <DateField
            id="review-create-to"
            label="Period to"
            value={to}
            onChange={setTo}
            error={fieldText(error, 'to')}
            isRequired
          />
        </Inline>
        {error && !shownUnderAField(error, fields) ? (
          <SectionMessage appearance="error" title="The review was not created" testId="review-create-error">
            {error.message}
          </SectionMessage>
        ) : null}
        <Inline>
          <Button type="submit" appearance="primary" isLoading={busy} testId="review-create-submit">
            Create management review
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
