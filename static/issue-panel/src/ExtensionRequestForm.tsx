import type { FormEvent } from 'react';
import type { CorrectiveActionView } from '../../../src/contract';
import { callResolver } from '../../shared/invokeClient';
import { DateField } from '../../shared/forms/DateField';
import { type InlineFormWords, RefusableInlineForm } from '../../shared/forms/RefusableInlineForm';
import { TextAreaField } from '../../shared/forms/TextAreaField';
import { fieldsSaying, useDraft } from '../../shared/forms/useDraft';
import { useSave } from '../../shared/forms/useSave';
import { FormBehindButton } from '../../shared/components/FormBehindButton';
import { addCalendarDays } from './calendarDays';

const fieldPaths = ['toDate', 'justification'] as const;

const requestForm: InlineFormWords = {
  testId: 'panel-extension-request',
  submit: { label: 'Ask for more time', testId: 'panel-extension-request-save' },
  refusal: { title: 'The extension was not asked for', fieldPaths, testId: 'panel-extension-request-failure' },
};

const noRequest = { toDate: '', justification: '' };

/**
 * Asking for a later due date, with the justification an inspector will read. Another programme
 * manager decides it; until a signed approval the controlled due date stays as it is.
 */
export function ExtensionRequestForm({
  view,
  onRequested,
}: {
  view: CorrectiveActionView;
  onRequested: (view: CorrectiveActionView) => void;
}) {
  return (
    <FormBehindButton title="Ask for more time" openTestId="panel-extension-ask">
      {(close) => <RequestFields view={view} onRequested={(next) => (close(), onRequested(next))} />}
    </FormBehindButton>
  );
}

function RequestFields({
  view,
  onRequested,
}: {
  view: CorrectiveActionView;
  onRequested: (view: CorrectiveActionView) => void;
}) {
  const current = view.dates.controlledDueDate;
  const { draft, update } = useDraft(noRequest);
  const save = useSave();
  const { saving, run } = save;
  const field = fieldsSaying(draft, update, save.error);

  const ask = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    void run(
      () =>
        callResolver('requestDueDateExtension', {
          correctiveActionId: view.id,
          expectedVersion: view.version,
          ...draft,
        }),
      { onSaved: onRequested },
    );
  };

  return (
    <RefusableInlineForm {...requestForm} save={save} onSubmit={ask}>
      <DateField
        id="panel-extension-to"
        label="New due date"
        helper={current ? `YYYY-MM-DD · later than the due date now, ${current}` : 'YYYY-MM-DD'}
        minDate={current ? addCalendarDays(current, 1) : undefined}
        {...field('toDate')}
        isRequired
      />
      <TextAreaField
        id="panel-extension-justification"
        label="Justification"
        helper="Why the action needs more time, and what keeps the risk down meanwhile."
        {...field('justification')}
        isRequired
      />
    </RefusableInlineForm>
  );
}
