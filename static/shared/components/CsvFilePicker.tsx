import { Label } from '@atlaskit/form';
import { Stack, Text } from '@atlaskit/primitives';
import { type ChangeEvent, useState } from 'react';
import { nativeInputStyle } from './nativeInputStyle';

const inputStyle = { ...nativeInputStyle, maxWidth: '100%' } as const;

/** A chosen file's text, read in the browser (nothing is sent until the reader imports it). */
export interface PickedFile {
  name: string;
  text: string;
}

interface CsvFilePickerProps {
  id: string;
  label: string;
  onPicked: (file: PickedFile | null) => void;
  isDisabled?: boolean;
  testId?: string;
}

/**
 * A labelled file input for a CSV file (the browser's own chooser, which is the accessible one).
 * The file is read as text here, so what is sent is exactly what the reader chose, and a file that
 * cannot be read is said so at once.
 */
export function CsvFilePicker({ id, label, onPicked, isDisabled = false, testId }: CsvFilePickerProps) {
  const [readError, setReadError] = useState<string | null>(null);

  const picked = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    setReadError(null);
    if (!file) return onPicked(null);
    try {
      onPicked({ name: file.name, text: await file.text() });
    } catch {
      setReadError(`${file.name} could not be read. Choose the file again.`);
      onPicked(null);
    }
  };

  return (
    <Stack space="space.050">
      <Label htmlFor={id}>{label}</Label>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv"
        disabled={isDisabled}
        onChange={(event) => void picked(event)}
        style={inputStyle}
        data-testid={testId}
      />
      {readError ? (
        <Text color="color.text.danger" size="small">
          {readError}
        </Text>
      ) : null}
    </Stack>
  );
}
