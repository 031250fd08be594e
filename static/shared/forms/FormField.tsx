import type { ReactNode } from 'react';
import type { ResolverError } from '../../../src/contract';
import { FieldBlock } from '../components/FieldBlock';
import { fieldMessage } from '../fieldMessage';

interface FormFieldProps {
  /** The id of the input the label names. */
  htmlFor: string;
  label: string;
  /** The field's path in the resolver's input: an error naming it shows here. */
  path: string;
  /** The form's last save error. */
  error: ResolverError | null | undefined;
  helper?: ReactNode;
  isRequired?: boolean;
  errorTestId?: string;
  testId?: string;
  /** The input, told whether it is at fault (or one that never shows itself invalid). */
  children: ReactNode | ((isInvalid: boolean) => ReactNode);
}

/** A labelled input that shows the backend's complaint about its own path and marks itself invalid. */
export function FormField({ path, error, children, ...block }: FormFieldProps) {
  const message = fieldMessage(error, path);
  return (
    <FieldBlock {...block} error={message}>
      {typeof children === 'function' ? children(Boolean(message)) : children}
    </FieldBlock>
  );
}
