import { Text } from '@atlaskit/primitives';
import type { ReactNode } from 'react';

/**
 * What a table cell says when the record has nothing there yet ("No owner yet", "Not held yet"),
 * in the one faint tone every register uses for it.
 */
export function Placeholder({ children }: { children: ReactNode }) {
  return <Text color="color.text.subtlest">{children}</Text>;
}
