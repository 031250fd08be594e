import type { CSSProperties, FormEvent, ReactNode } from 'react';
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
  space?: 'space.100' | 'space.150';
  style?: CSSProperties;
  children: ReactNode;
}

/**
 * A form's own words and test ids, declared once beside it: the form's test id, its submit button,
 * and what its refusal says and which field paths already show their own complaint.
 */
export type InlineFormWords = Pick<RefusableInlineFormProps, 'testId' | 'submit' | 'refusal'>;

/**
 * An inline form whose save the server may refuse: its fields, why the last submit was refused
 * (unless a field says so), then the one submit button that spins while saving.
 */
export function RefusableInlineForm({ save, refusal, children, ...form }: RefusableInlineFormProps) {
  return (
    <InlineForm {...form} busy={save.saving} failure={<FormRefusal error={save.error} {...refusal} />}>
      {children}
    </InlineForm>
  );
}
