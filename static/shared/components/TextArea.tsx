import { token } from '@atlaskit/tokens';
import type { ChangeEvent } from 'react';

interface TextAreaProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  isInvalid?: boolean;
  isDisabled?: boolean;
  /** The id of the message that describes the field (its error), for screen readers. */
  describedBy?: string;
  testId?: string;
}

/**
 * A multi-line text field drawn with the design tokens (`@atlaskit/textarea` is not installed), so
 * it follows the light and dark themes like the Atlaskit fields around it.
 */
export function TextArea({
  id,
  value,
  onChange,
  rows = 3,
  isInvalid = false,
  isDisabled,
  describedBy,
  testId,
}: TextAreaProps) {
  return (
    <textarea
      id={id}
      value={value}
      rows={rows}
      disabled={isDisabled}
      aria-invalid={isInvalid || undefined}
      aria-describedby={describedBy}
      onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.currentTarget.value)}
      data-testid={testId}
      style={{
        boxSizing: 'border-box',
        width: '100%',
        resize: 'vertical',
        font: token('font.body'),
        color: token('color.text'),
        backgroundColor: token('color.background.input'),
        border: `${token('border.width')} solid ${isInvalid ? token('color.border.danger') : token('color.border.input')}`,
        borderRadius: token('radius.small'),
        padding: `${token('space.075')} ${token('space.100')}`,
      }}
    />
  );
}
