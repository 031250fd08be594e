import Textfield from '@atlaskit/textfield';
import type { ReactNode } from 'react';
import type { ResolverError } from '../../../src/contract';
import { FormField } from './FormField';

interface TextInputFieldProps {
  /** The input's id and test id. */
  id: string;
  label: string;
  path: string;
  error: ResolverError | null | undefined;
  value: string;
  onChange: (value: string) => void;
  helper?: ReactNode;
  isRequired?: boolean;
  isDisabled?: boolean;
  placeholder?: string;
  /** The input's name, where a form reads it by name. */
  name?: string;
  /** The labelled block's test id (the input's is its id). */
  testId?: string;
}

/** One line of text under a label, with the complaint about its path. */
export function TextInputField({ id, name, value, onChange, isDisabled, placeholder, ...field }: TextInputFieldProps) {
  return (
    <FormField htmlFor={id} {...field}>
      {(isInvalid) => (
        <Textfield
          id={id}
          name={name}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          isInvalid={isInvalid}
          isRequired={field.isRequired}
          isDisabled={isDisabled}
          placeholder={placeholder}
          testId={id}
        />
      )}
    </FormField>
  );
}

interface ReasonFieldProps extends Omit<TextInputFieldProps, 'label' | 'helper' | 'isRequired'> {
  /**
   * What a change does to the approved version, said under the field; given only while the saved
   * version is approved, when the change withdraws the approval and so needs a reason.
   */
  approvalNote?: string | null;
}

/** The reason a change to a record carries into the audit trail: optional, unless it undoes an approval. */
export function ReasonField({ approvalNote, ...props }: ReasonFieldProps) {
  return (
    <TextInputField
      {...props}
      label={approvalNote ? 'Reason for the change' : 'Reason for the change (optional)'}
      helper={approvalNote ?? 'Recorded in the audit trail with your change.'}
      isRequired={Boolean(approvalNote)}
    />
  );
}
