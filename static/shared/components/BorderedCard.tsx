import { Box, Stack, xcss } from '@atlaskit/primitives';
import type { ReactNode } from 'react';

const cardStyles = xcss({
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
  borderRadius: 'radius.medium',
  padding: 'space.150',
});

interface BorderedCardProps {
  /** Room between the card's parts. */
  space: 'space.100' | 'space.200';
  testId: string;
  children: ReactNode;
}

/** A thin-bordered card inside a narrow panel (a finding, a corrective action), where a raised card would be too heavy. */
export function BorderedCard({ space, testId, children }: BorderedCardProps) {
  return (
    <Box xcss={cardStyles} testId={testId}>
      <Stack space={space}>{children}</Stack>
    </Box>
  );
}
