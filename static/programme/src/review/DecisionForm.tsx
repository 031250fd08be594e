import { Inline } from '@atlaskit/primitives';
import { type FormEvent, useState } from 'react';
import type { ManagementReviewView } from '../../../../src/contract';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { PersonSelect } from '../../../shared/components/PeopleSelect';
import { callResolver } from '../../../shared/invokeClient';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { fieldText } from '../audits/fieldText';
import { DateField } from '../../../shared/forms/DateField';
import { FormRefusal } from '../../../shared/forms/FormRefusal';
import { InlineForm } from '../../../shared/forms/InlineForm';
import { TextAreaField } from '../../../shared/forms/TextAreaField';
import { useSave } from '../../../shared/forms/useSave';

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
  const { saving, error, run } = useSave();

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(() => callResolver('addReviewDecision', { reviewId, text, ownerId: ownerId ?? '', dueDate }), {
      onSaved: (view) => {
        setText('');
        setOwnerId(null);
        setDueDate('');
        onSaved(view);
      },
    });
  };

  const ownerError =
    fieldText(error, 'ownerId') ??
    (people.state.status === 'error' ? `The people could not be listed: ${people.state.error.message}` : undefined);
  return (
    <InlineForm
      testId="decision-form"
      onSubmit={save}
      busy={saving}
      submit={{ label: 'Record decision', testId: 'decision-add' }}
      failure={
        <FormRefusal error={error} fieldPaths={fields} title="The decision was not recorded" testId="decision-error" />
      }
      space="space.100"
    >
      <TextAreaField
        id="decision-text"
        label="Decision"
        value={text}
        onChange={setText}
        error={fieldText(error, 'text')}
        isRequired
        rows={2}
      />
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
    </InlineForm>
  );
}
