import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, xcss } from '@atlaskit/primitives';
import type { ReactNode } from 'react';

const frameStyles = xcss({
  borderBlockStartWidth: 'border.width',
  borderBlockStartStyle: 'solid',
  borderBlockStartColor: 'color.border',
  paddingBlockStart: 'space.200',
});

interface ApprovalFrameProps {
  /** Beside the heading: approved, not approved, nothing to sign yet. */
  status: ReactNode;
  /** The signing dialog while one is open (it lays itself over the page, outside the frame's rows). */
  dialog: ReactNode;
  testId: string;
  children: ReactNode;
}

/**
 * The foot of a signed record: a rule, "Approval" with the record's approval state, then who
 * signed and the buttons that sign. Every signed record shows it the same way.
 */
export function ApprovalFrame({ status, dialog, testId, children }: ApprovalFrameProps) {
  return (
    <Box xcss={frameStyles} testId={testId}>
      <Stack space="space.150">
        <Inline space="space.100" alignBlock="center">
          <Heading size="small">Approval</Heading>
          {status}
        </Inline>
        {children}
      </Stack>
      {dialog}
    </Box>
  );
}
