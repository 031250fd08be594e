import { Box, Stack, xcss } from '@atlaskit/primitives';
import type { ReactNode } from 'react';

const cardStyles = xcss({
  backgroundColor: 'elevation.surface.raised',
  boxShadow: 'elevation.shadow.raised',
  borderRadius: 'radius.large',
  padding: 'space.300',
});

/** The top card of an audit: its own heading (the audit's title) instead of a section title. */
export function AuditCard({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Box as="section" xcss={cardStyles} testId={testId}>
      <Stack space="space.200">{children}</Stack>
    </Box>
  );
}
