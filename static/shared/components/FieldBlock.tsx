import { ErrorMessage, HelperMessage, Label, RequiredAsterisk } from '@atlaskit/form';
import { Box } from '@atlaskit/primitives';
import type { ReactNode } from 'react';

interface FieldBlockProps {
  /** The id of the input the label names. */
  htmlFor: string;
  label: string;
  helper?: ReactNode;
  /** A message about this field (the backend's or the form's); replaces the helper text. */
  error?: string;
  /** The error's test id; `<htmlFor>-error` unless given. */
  errorTestId?: string;
  /** Marks the label with the required asterisk. */
  isRequired?: boolean;
  testId?: string;
  children: ReactNode;
}

/** A labelled input with its helper text, or the complaint about it. */
export function FieldBlock({
  htmlFor,
  label,
  helper,
  error,
  errorTestId,
  isRequired,
  testId,
  children,
}: FieldBlockProps) {
  return (
    <Box testId={testId}>
      <Label htmlFor={htmlFor}>
        {label}
        {isRequired ? <RequiredAsterisk /> : null}
      </Label>
      {children}
      {error ? (
        <ErrorMessage testId={errorTestId ?? `${htmlFor}-error`}>{error}</ErrorMessage>
      ) : helper ? (
        <HelperMessage>{helper}</HelperMessage>
      ) : null}
    </Box>
  );
}
