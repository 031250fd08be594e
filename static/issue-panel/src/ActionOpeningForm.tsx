import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { type FormEvent, useState } from 'react';
import type { CorrectiveActionView } from '../../../src/contract';
import { DialogSaveError } from '../../shared/components/DialogSaveError';
import { FieldBlock } from '../../shared/components/FieldBlock';
import { fieldMessage } from '../../shared/fieldMessage';
import { callResolver } from '../../shared/invokeClient';
import { TextAreaField } from '../../shared/forms/TextAreaField';
import { useSave } from '../../shared/forms/useSave';

export interface ActionOpeningWords {
  /** The form's test id, and the stem of its fields' ids. */
  testId: string;
  heading: string;
  intro: string;
  /** The field that becomes the action's correction: containment for a CAPA, the aim for an improvement. */
  start: { idSuffix: string; label: string; helper: string };
  failureTitle: string;
  submitLabel: string;
}

interface ActionOpeningFormProps {
  findingIds: string[];
  kind?: 'improvement';
  words: ActionOpeningWords;
  onOpened: (view: CorrectiveActionView) => void;
}

/**
 * Opening an action for findings on this issue, a title and what it starts with: the one form
 * behind "Open a corrective action" and "Open an improvement action", so both open the same way.
 */
export function ActionOpeningForm({ findingIds, kind, words, onOpened }: ActionOpeningFormProps) {
  const [title, setTitle] = useState('');
  const [start, setStart] = useState('');
  const { saving, error, run } = useSave();

  const open = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    void run(
      () =>
        callResolver('openCorrectiveAction', {
          findingIds,
          title,
          correction: { text: start },
          ...(kind ? { kind } : {}),
        }),
      { onSaved: onOpened },
    );
  };

  const { testId } = words;
  const titleError = fieldMessage(error, 'title');
  return (
    <form onSubmit={open} data-testid={testId} noValidate>
      <Stack space="space.150">
        <Heading size="xsmall">{words.heading}</Heading>
        <Text color="color.text.subtle">{words.intro}</Text>
        <FieldBlock htmlFor={`${testId}-title`} label="Title" error={titleError} isRequired>
          <Textfield
            id={`${testId}-title`}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            isInvalid={Boolean(titleError)}
            testId={`${testId}-title`}
          />
        </FieldBlock>
        <TextAreaField
          id={`${testId}-${words.start.idSuffix}`}
          label={words.start.label}
          helper={words.start.helper}
          value={start}
          onChange={setStart}
          error={fieldMessage(error, 'correction')}
          isRequired
        />
        <DialogSaveError
          error={error}
          fieldPaths={['title', 'correction']}
          conflictTitle="The finding changed meanwhile"
          failureTitle={words.failureTitle}
          testId={`${testId}-failure`}
        />
        <Inline>
          <Button type="submit" appearance="primary" isLoading={saving} testId={`${testId}-save`}>
            {words.submitLabel}
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
