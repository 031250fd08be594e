import { token } from '@atlaskit/tokens';

/**
 * A native input (a file chooser, a plain select) drawn with the design tokens, so it matches the
 * Atlaskit fields beside it in the light and dark themes.
 */
export const nativeInputStyle = {
  font: token('font.body'),
  color: token('color.text'),
  backgroundColor: token('color.background.input'),
  border: `${token('border.width')} solid ${token('color.border.input')}`,
  borderRadius: token('radius.small'),
  padding: token('space.075'),
} as const;
