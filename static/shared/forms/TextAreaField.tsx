import type { ReactNode } from 'react';
import { FieldBlock } from '../components/FieldBlock';
import { TextArea } from '../components/TextArea';

interface TextAreaFieldProps {
  /** The text area's id and test id. */
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The complaint about this field, in the form's own words; marks it invalid. */
  error?: string | undefined;
  helper?: ReactNode;
  isRequired?: boolean;
  isDisabled?: boolean;
  rows?: number;
}

/** A labelled multi-line statement (a finding's evidence, a decision, a reason) with its complaint. */
export function TextAreaField({ id, label, helper, error, isRequired, ...input }: TextAreaFieldProps) {
  return (
    <FieldBlock htmlFor={id} label={label} helper={helper} error={error} isRequired={isRequired}>
      <TextArea id={id} testId={id} isInvalid={Boolean(error)} {...input} />
    </FieldBlock>
  );
}
