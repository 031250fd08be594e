import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

/** A plain, accessible data table styled with design tokens (light and dark). */
export const tableStyle: CSSProperties = {
  width: '100%',
  borderCollapse: 'collapse',
  font: token('font.body.small'),
  color: token('color.text'),
};

export const headCellStyle: CSSProperties = {
  textAlign: 'left',
  padding: `${token('space.075')} ${token('space.100')}`,
  borderBottom: `2px solid ${token('color.border')}`,
  color: token('color.text.subtle'),
  fontWeight: token('font.weight.semibold'),
};

export const cellStyle: CSSProperties = {
  padding: `${token('space.075')} ${token('space.100')}`,
  borderBottom: `1px solid ${token('color.border')}`,
  verticalAlign: 'top',
};

export const overdueStyle: CSSProperties = {
  color: token('color.text.danger'),
  fontWeight: token('font.weight.semibold'),
};

export const selectStyle: CSSProperties = {
  font: token('font.body.small'),
  color: token('color.text'),
  background: token('color.background.input'),
  border: `1px solid ${token('color.border.input')}`,
  borderRadius: token('radius.small'),
  padding: token('space.050'),
};
