import { ErrorMessage, HelperMessage, Label } from '@atlaskit/form';
import { Box } from '@atlaskit/primitives';
import type { ReactNode } from 'react';

interface FieldBlockProps {
  /** The id of the input the label names. */
  htmlFor: string;
  label: string;
  helper?: ReactNode;
  /** A message from the backend about this field; replaces the helper text (test id `<htmlFor>-error`). */
  error?: string;
  testId?: string;
  children: ReactNode;
}

/** A labelled input with its helper text, or the backend's complaint about it. */
export function FieldBlock({ htmlFor, label, helper, error, testId, children }: FieldBlockProps) {
  return (
    <Box testId={testId}>
      <Label htmlFor={htmlFor}>{label}</Label>
      {children}
      {error ? (
        <ErrorMessage testId={`${htmlFor}-error`}>{error}</ErrorMessage>
      ) : helper ? (
        <HelperMessage>{helper}</HelperMessage>
      ) : null}
    </Box>
  );
}
