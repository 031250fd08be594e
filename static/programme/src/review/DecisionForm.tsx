import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { type FormEvent, useState } from 'react';
import type { ManagementReviewView, ResolverError } from '../../../../src/contract';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { PersonSelect } from '../../../shared/components/PeopleSelect';
import { TextArea } from '../../../shared/components/TextArea';
import { shownUnderAField } from '../../../shared/fieldMessage';
import { callResolver } from '../../../shared/invokeClient';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { fieldText } from '../audits/fieldText';
import { DateField } from '../../../shared/forms/DateField';

const fields = ['text', 'ownerId', 'dueDate'] as const;

interface DecisionFormProps {
  reviewId: string;
  onSaved: (view: ManagementReviewView) => void;
}

/** Records a decision of the review (9.3.3): what is to be done, who owns it (an app role holder), by when. */
export function DecisionForm({ reviewId, onSaved }: DecisionFormProps) {
  const people = useResolverQuery('listRoleAssignments', {});
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState('');
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await callResolver('addReviewDecision', { reviewId, text, ownerId: ownerId ?? '', dueDate });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setText('');
    setOwnerId(null);
    setDueDate('');
    onSaved(result.value);
  };

  const ownerError =
    fieldText(error, 'ownerId') ??
    (people.state.status === 'error' ? `The people could not be listed: ${people.state.error.message}` : undefined);
  return (
    <form onSubmit={save} noValidate data-testid="decision-form">
      <Stack space="space.100">
        <FieldBlock htmlFor="decision-text" label="Decision" error={fieldText(error, 'text')} isRequired>
          <TextArea
            id="decision-text"
            testId="decision-text"
            value={text}
            onChange={setText}
            rows={2}
            isInvalid={Boolean(fieldText(error, 'text'))}
          />
        </FieldBlock>
        <Inline space="space.200" shouldWrap alignBlock="start">
          <FieldBlock htmlFor="decision-owner" label="Owner" error={ownerError} isRequired>
            <div style={{ minWidth: '18rem' }}>
              <PersonSelect
                inputId="decision-owner"
                people={people.state.status === 'ok' ? people.state.value.assignments : []}
                value={ownerId}
                onChange={setOwnerId}
                isInvalid={Boolean(fieldText(error, 'ownerId'))}
                testId="decision-owner"
              />
            </div>
          </FieldBlock>
          <DateField
            id="decision-due"
            label="Due date"
            value={dueDate}
            onChange={setDueDate}
            error={fieldText(error, 'dueDate')}
            isRequired
          />
        </Inline>
        {error && !shownUnderAField(error, fields) ? (
          <SectionMessage appearance="error" title="The decision was not recorded" testId="decision-error">
            {error.message}
          </SectionMessage>
        ) : null}
        <Inline>
          <Button type="submit" appearance="primary" isLoading={busy} testId="decision-add">
            Record decision
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
