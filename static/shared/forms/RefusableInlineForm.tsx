import type { FormEvent, ReactNode } from 'react';
import { FormRefusal } from './FormRefusal';
import { InlineForm } from './InlineForm';
import type { SaveState } from './useSave';

export interface RefusableInlineFormProps {
  testId: string;
  save: Pick<SaveState, 'saving' | 'error'>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submit: { label: ReactNode; testId: string };
  /** What did not happen when refused, the form's field paths and the refusal's test id. */
  refusal: { title: string; fieldPaths: readonly string[]; testId: string };
  children: ReactNode;
}

/**
 * An inline form whose save the server may refuse: its fields, why the last submit was refused
 * (unless a field says so), then the one submit button that spins while saving.
 */
export function RefusableInlineForm({ testId, save, onSubmit, submit, refusal, children }: RefusableInlineFormProps) {
  return (
    <InlineForm
      testId={testId}
      onSubmit={onSubmit}
      busy={save.saving}
      submit={submit}
      failure={<FormRefusal error={save.error} {...refusal} />}
    >
      {children}
    </InlineForm>
  );
}
