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
          isDisabled={isDisabled}
          placeholder={placeholder}
          testId={id}
        />
      )}
    </FormField>
  );
}

/** The optional reason a change to a register record carries into the audit trail. */
export function ReasonField(props: Omit<TextInputFieldProps, 'label' | 'helper'>) {
  return (
    <TextInputField
      {...props}
      label="Reason for the change (optional)"
      helper="Recorded in the audit trail with your change."
    />
  );
}
