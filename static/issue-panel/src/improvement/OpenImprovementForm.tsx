import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { type FormEvent, useState } from 'react';
import type { CorrectiveActionView, IssueContextView } from '../../../../src/contract';
import { DialogSaveError } from '../../../shared/components/DialogSaveError';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { fieldMessage } from '../../../shared/fieldMessage';
import { callResolver } from '../../../shared/invokeClient';
import { TextAreaField } from '../../../shared/forms/TextAreaField';
import { useSave } from '../../../shared/forms/useSave';

interface OpenImprovementFormProps {
  context: IssueContextView;
  onOpened: (view: CorrectiveActionView) => void;
}

/**
 * Offers an improvement action (ISO 27001 10.1) for the observations and opportunities for
 * improvement on this issue that are still open and have no action: the improvement sought, then
 * the plan and its implementation, with no verification. A programme manager may instead record
 * that none will be taken (the exemption offered with the finding).
 */
export function OpenImprovementForm({ context, onOpened }: OpenImprovementFormProps) {
  const [title, setTitle] = useState('');
  const [sought, setSought] = useState('');
  const { saving, error, run } = useSave();
  const mayOpen = context.roles.some((role) => ['programmeManager', 'leadAuditor', 'auditee'].includes(role));
  const isActionIssue = context.actions.some((action) => action.issueKey === context.issueKey);
  const findingIds = context.findings
    .filter((finding) => finding.grade === 'observation' || finding.grade === 'opportunity')
    .filter((finding) => !finding.closure.closed)
    .filter((finding) => !context.actions.some((action) => action.findings.some((f) => f.id === finding.id)))
    .map((finding) => finding.id);
  if (!mayOpen || isActionIssue || findingIds.length === 0) return null;

  const open = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    void run(
      () =>
        callResolver('openCorrectiveAction', {
          findingIds,
          title,
          correction: { text: sought },
          kind: 'improvement',
        }),
      { onSaved: onOpened },
    );
  };

  const titleError = fieldMessage(error, 'title');
  const soughtError = fieldMessage(error, 'correction');
  return (
    <form onSubmit={open} data-testid="panel-open-improvement" noValidate>
      <Stack space="space.150">
        <Heading size="xsmall">Open an improvement action</Heading>
        <Text color="color.text.subtle">
          An observation or opportunity for improvement may be acted on (ISO 27001 10.1): the action has an owner, a due
          date and evidence, and closes when done, with no effectiveness verification.
        </Text>
        <FieldBlock htmlFor="panel-open-improvement-title" label="Title" error={titleError} isRequired>
          <Textfield
            id="panel-open-improvement-title"
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            isInvalid={Boolean(titleError)}
            testId="panel-open-improvement-title"
          />
        </FieldBlock>
        <TextAreaField
          id="panel-open-improvement-sought"
          label="Improvement sought"
          helper="What the action should improve, and why it is worth doing."
          value={sought}
          onChange={setSought}
          error={soughtError}
          isRequired
        />
        <DialogSaveError
          error={error}
          fieldPaths={['title', 'correction']}
          conflictTitle="The finding changed meanwhile"
          failureTitle="The improvement action was not opened"
          testId="panel-open-improvement-failure"
        />
        <Inline>
          <Button type="submit" appearance="primary" isLoading={saving} testId="panel-open-improvement-save">
            Open improvement action
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
