import Heading, { HeadingContextProvider } from '@atlaskit/heading';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { ReactNode } from 'react';

const cardStyles = xcss({
  backgroundColor: 'elevation.surface.raised',
  boxShadow: 'elevation.shadow.raised',
  borderRadius: 'radius.large',
  padding: 'space.300',
});

interface SectionProps {
  title: string;
  description?: ReactNode;
  testId?: string;
  children: ReactNode;
}

/** One card of the page: a heading, an optional line of explanation, then the content (its headings one level below the card's). */
export function Section({ title, description, testId, children }: SectionProps) {
  return (
    <Box as="section" xcss={cardStyles} testId={testId}>
      <Stack space="space.200">
        <Stack space="space.050">
          <Heading size="medium">{title}</Heading>
          {typeof description === 'string' ? <Text color="color.text.subtle">{description}</Text> : description}
        </Stack>
        <HeadingContextProvider>{children}</HeadingContextProvider>
      </Stack>
    </Box>
  );
}
