import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { type FormEvent, useState } from 'react';
import type { ReviewInputEntryView } from '../../../../src/contract';
import type { ReviewPartProps } from './reviewPart';
import { shownUnderAField } from '../../../shared/fieldMessage';
import { RemoveRowButton } from '../../../shared/components/RemoveRowButton';
import { formatLocalExact } from '../../../shared/formatTimestamp';
import { TextAreaField } from '../../../shared/forms/TextAreaField';
import { useSave } from '../../../shared/forms/useSave';
import { callResolver } from '../../../shared/invokeClient';
import { fieldText } from '../audits/fieldText';
import { SaveFailure } from '../components/SaveFailure';
import type { EnteredKind } from './reviewWords';

const cardStyles = xcss({
  borderColor: 'color.border',
  borderStyle: 'solid',
  borderWidth: 'border.width',
  borderRadius: 'radius.medium',
  padding: 'space.150',
});

type Entry = ReviewInputEntryView['entries'][number];

/** The three short texts of an entry, in the order the row shows them. */
const entryParts = [
  { part: 'topic', placeholder: 'Topic' },
  { part: 'category', placeholder: 'Category, e.g. external' },
  { part: 'detail', placeholder: 'What changed or was said' },
] as const;

interface ReviewInputFormProps extends Omit<ReviewPartProps, 'view'> {
  reviewId: string;
  kind: EnteredKind;
  heading: string;
  entered: ReviewInputEntryView | null;
}

/** One entered input: a summary and rows of topic, category and detail; versioned, in the trail. */
export function ReviewInputForm({
  reviewId,
  kind,
  heading,
  entered,
  canEdit,
  onSaved,
  onReload,
}: ReviewInputFormProps) {
  const [open, setOpen] = useState(false);
  const [summary, setSummary] = useState(entered?.summary ?? '');
  const [entries, setEntries] = useState<Entry[]>(entered?.entries ?? []);
  const { saving: busy, error, run } = useSave();
  const version = entered?.version ?? 0;
  const id = `review-input-${kind}`;

  const change = (index: number, patch: Partial<Entry>) =>
    setEntries(entries.map((entry, at) => (at === index ? { ...entry, ...patch } : entry)));

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(() => callResolver('saveReviewInput', { reviewId, kind, expectedVersion: version, summary, entries }), {
      onSaved,
    });
  };

  const entriesError = fieldText(error, 'entries');
  return (
    <Box xcss={cardStyles} testId={id}>
      <Stack space="space.100">
        <Inline space="space.100" alignBlock="center" spread="space-between">
          <Stack space="space.0">
            <Text weight="semibold">{heading}</Text>
            <Text size="small" color="color.text.subtlest" testId={`${id}-state`}>
              {entered && entered.version > 0
                ? `${entered.entries.length === 1 ? '1 entry' : `${entered.entries.length} entries`} · version ${entered.version}${entered.updatedByName ? ` by ${entered.updatedByName}` : ''}${entered.updatedAt ? `, ${formatLocalExact(entered.updatedAt)}` : ''}`
                : 'Nothing entered yet'}
            </Text>
          </Stack>
          <Button spacing="compact" onClick={() => setOpen(!open)} aria-expanded={open} testId={`${id}-toggle`}>
            {open ? 'Close' : canEdit ? 'Edit' : 'Show'}
          </Button>
        </Inline>
        {open ? (
          <form onSubmit={save} noValidate data-testid={`${id}-form`}>
            <Stack space="space.100">
              <TextAreaField
                id={`${id}-summary`}
                label="Summary"
                value={summary}
                onChange={setSummary}
                error={fieldText(error, 'summary')}
                isDisabled={!canEdit}
              />
              {entries.map((entry, index) => (
                <Inline key={index} space="space.100" alignBlock="start" testId={`${id}-entry-${index}`}>
                  {entryParts.map(({ part, placeholder }) => (
                    <Textfield
                      key={part}
                      aria-label={`Entry ${index + 1} ${part}`}
                      placeholder={placeholder}
                      value={entry[part]}
                      isDisabled={!canEdit}
                      onChange={(event) => change(index, { [part]: event.currentTarget.value })}
                      testId={`${id}-${part}-${index}`}
                    />
                  ))}
                  {canEdit ? (
                    <RemoveRowButton onRemove={() => setEntries(entries.filter((_, at) => at !== index))} />
                  ) : null}
                </Inline>
              ))}
              {entriesError ? (
                <Text color="color.text.danger" testId={`${id}-entries-error`}>
                  {entriesError}
                </Text>
              ) : null}
              {error && !shownUnderAField(error, ['summary', 'entries']) ? (
                <SaveFailure subject="The input's entries" error={error} pointsAtField={false} onReload={onReload} />
              ) : null}
              {canEdit ? (
                <Inline space="space.100">
                  <Button
                    spacing="compact"
                    onClick={() => setEntries([...entries, { topic: '', category: '', detail: '' }])}
                    testId={`${id}-add`}
                  >
                    Add entry
                  </Button>
                  <Button type="submit" appearance="primary" spacing="compact" isLoading={busy} testId={`${id}-save`}>
                    Save input
                  </Button>
                </Inline>
              ) : null}
            </Stack>
          </form>
        ) : null}
      </Stack>
    </Box>
  );
}
