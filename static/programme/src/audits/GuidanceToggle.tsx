import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { useId, useState } from 'react';

const guidanceStyles = xcss({
  backgroundColor: 'color.background.neutral.subtle.hovered',
  borderRadius: 'radius.small',
  padding: 'space.150',
});

/** Our audit advice for a clause or control (what to ask, what to look for), shown on request. */
export function GuidanceToggle({ guidance, testId }: { guidance: string; testId: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <Stack space="space.075">
      <Inline>
        <Button
          spacing="compact"
          appearance="subtle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((value) => !value)}
          testId={`${testId}-toggle`}
        >
          {open ? 'Hide guidance' : 'Guidance'}
        </Button>
      </Inline>
      {open ? (
        <Box id={id} xcss={guidanceStyles} testId={testId}>
          <Text as="p" size="small">
            {guidance}
          </Text>
        </Box>
      ) : null}
    </Stack>
  );
}
