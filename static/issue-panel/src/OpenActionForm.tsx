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

interface OpenActionFormProps {
  findingIds: string[];
  onOpened: (view: CorrectiveActionView) => void;
}

/**
 * Opens the corrective action for the nonconformity on this issue, starting with the correction
 * (what was done at once to contain it). The app raises the action's own issue, linked to this one.
 */
export function OpenActionForm({ findingIds, onOpened }: OpenActionFormProps) {
  const [title, setTitle] = useState('');
  const [correction, setCorrection] = useState('');
  const { saving, error, run } = useSave();

  const open = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    void run(() => callResolver('openCorrectiveAction', { findingIds, title, correction: { text: correction } }), {
      onSaved: onOpened,
    });
  };

  const titleError = fieldMessage(error, 'title');
  const correctionError = fieldMessage(error, 'correction');
  return (
    <form onSubmit={open} data-testid="panel-open-action" noValidate>
      <Stack space="space.150">
        <Heading size="xsmall">Open a corrective action</Heading>
        <Text color="color.text.subtle">
          No corrective action answers this nonconformity yet. Say what it will achieve and what was done at once to
          contain it.
        </Text>
        <FieldBlock htmlFor="panel-open-action-title" label="Title" error={titleError} isRequired>
          <Textfield
            id="panel-open-action-title"
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            isInvalid={Boolean(titleError)}
            testId="panel-open-action-title"
          />
        </FieldBlock>
        <TextAreaField
          id="panel-open-action-correction"
          label="Correction (containment)"
          helper="What was done at once to limit the effect, before the cause is found."
          value={correction}
          onChange={setCorrection}
          error={correctionError}
          isRequired
        />
        <DialogSaveError
          error={error}
          fieldPaths={['title', 'correction']}
          conflictTitle="The finding changed meanwhile"
          failureTitle="The corrective action was not opened"
          testId="panel-open-action-failure"
        />
        <Inline>
          <Button type="submit" appearance="primary" isLoading={saving} testId="panel-open-action-save">
            Open corrective action
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
