import { Inline } from '@atlaskit/primitives';
import type { FormEvent } from 'react';
import type { ManagementReviewView } from '../../../../src/contract';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { PersonSelect } from '../../../shared/components/PeopleSelect';
import { callResolver } from '../../../shared/invokeClient';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { fieldText } from '../audits/fieldText';
import { DateField } from '../../../shared/forms/DateField';
import { type InlineFormWords, RefusableInlineForm } from '../../../shared/forms/RefusableInlineForm';
import { TextAreaField } from '../../../shared/forms/TextAreaField';
import { fieldsSaying, useDraft } from '../../../shared/forms/useDraft';
import { useSave } from '../../../shared/forms/useSave';
import { SelectField } from '../../../shared/forms/SelectField';
import { type DecisionType, decisionTypes } from './reviewWords';

const fieldPaths = ['type', 'text', 'ownerId', 'dueDate'] as const;

const noDecision = { type: 'other' as DecisionType, text: '', ownerId: null as string | null, dueDate: '' };

const decisionForm: InlineFormWords = {
  testId: 'decision-form',
  submit: { label: 'Record decision', testId: 'decision-add' },
  refusal: { title: 'The decision was not recorded', fieldPaths, testId: 'decision-error' },
};

interface DecisionFormProps {
  reviewId: string;
  onSaved: (view: ManagementReviewView) => void;
}

/** Records a decision of the review (9.3.3): what is to be done, who owns it (an app role holder), by when. */
export function DecisionForm({ reviewId, onSaved }: DecisionFormProps) {
  const people = useResolverQuery('listRoleAssignments', {});
  const { draft, update, reset } = useDraft(noDecision);
  const save = useSave();
  const field = fieldsSaying(draft, update, save.error, fieldText);

  const record = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const decision = { reviewId, ...draft, ownerId: draft.ownerId ?? '' };
    void save.run(() => callResolver('addReviewDecision', decision), {
      onSaved: (view) => {
        reset();
        onSaved(view);
      },
    });
  };

  const owner = field('ownerId');
  const ownerError =
    owner.error ??
    (people.state.status === 'error' ? `The people could not be listed: ${people.state.error.message}` : undefined);
  return (
    <RefusableInlineForm {...decisionForm} save={save} onSubmit={record} space="space.100">
      <div style={{ maxWidth: '18rem' }}>
        <SelectField<DecisionType>
          id="decision-type"
          label="Type (9.3.3)"
          path="type"
          error={save.error}
          choices={decisionTypes}
          value={draft.type}
          onChange={(type) => update({ type })}
        />
      </div>
      <TextAreaField id="decision-text" label="Decision" {...field('text')} isRequired rows={2} />
      <Inline space="space.200" shouldWrap alignBlock="start">
        <FieldBlock htmlFor="decision-owner" label="Owner" error={ownerError} isRequired>
          <div style={{ minWidth: '18rem' }}>
            <PersonSelect
              inputId="decision-owner"
              people={people.state.status === 'ok' ? people.state.value.assignments : []}
              value={owner.value}
              onChange={owner.onChange}
              isInvalid={Boolean(owner.error)}
              testId="decision-owner"
            />
          </div>
        </FieldBlock>
        <DateField id="decision-due" label="Due date" {...field('dueDate')} isRequired />
      </Inline>
    </RefusableInlineForm>
  );
}
