import { type FormEvent, useState } from 'react';
import type { CorrectiveActionView } from '../../../src/contract';
import { fieldMessage } from '../../shared/fieldMessage';
import { callResolver } from '../../shared/invokeClient';
import { DateField } from '../../shared/forms/DateField';
import { RefusableInlineForm } from '../../shared/forms/RefusableInlineForm';
import { TextAreaField } from '../../shared/forms/TextAreaField';
import { useSave } from '../../shared/forms/useSave';
import { FormBehindButton } from '../../shared/components/FormBehindButton';
import { addCalendarDays } from './calendarDays';

const fieldPaths = ['toDate', 'justification'] as const;

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
  const [toDate, setToDate] = useState('');
  const [justification, setJustification] = useState('');
  const save = useSave();
  const { saving, error, run } = save;

  const ask = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    void run(
      () =>
        callResolver('requestDueDateExtension', {
          correctiveActionId: view.id,
          expectedVersion: view.version,
          toDate,
          justification,
        }),
      { onSaved: onRequested },
    );
  };

  return (
    <RefusableInlineForm
      testId="panel-extension-request"
      save={save}
      onSubmit={ask}
      submit={{ label: 'Ask for more time', testId: 'panel-extension-request-save' }}
      refusal={{ title: 'The extension was not asked for', fieldPaths, testId: 'panel-extension-request-failure' }}
    >
      <DateField
        id="panel-extension-to"
        label="New due date"
        helper={current ? `YYYY-MM-DD · later than the due date now, ${current}` : 'YYYY-MM-DD'}
        value={toDate}
        onChange={setToDate}
        minDate={current ? addCalendarDays(current, 1) : undefined}
        error={fieldMessage(error, 'toDate')}
        isRequired
      />
      <TextAreaField
        id="panel-extension-justification"
        label="Justification"
        helper="Why the action needs more time, and what keeps the risk down meanwhile."
        value={justification}
        onChange={setJustification}
        error={fieldMessage(error, 'justification')}
        isRequired
      />
    </RefusableInlineForm>
  );
}
