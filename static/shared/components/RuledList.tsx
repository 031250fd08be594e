import { Box, xcss } from '@atlaskit/primitives';
import type { ReactNode } from 'react';

const listStyles = xcss({
  margin: 'space.0',
  padding: 'space.0',
  listStyle: 'none',
  borderBlockStartWidth: 'border.width',
  borderBlockStartStyle: 'solid',
  borderBlockStartColor: 'color.border',
});

/** A bare list ruled off above its first row (checklist lines, signatures); each row draws its own rule below. */
export function RuledList({ children }: { children: ReactNode }) {
  return (
    <Box as="ul" xcss={listStyles}>
      {children}
    </Box>
  );
}
