import Heading, { HeadingContextProvider } from '@atlaskit/heading';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { ReactNode } from 'react';
import type { Session } from '../../../src/contract';
import type { ResolverQuery } from '../useResolverQuery';
import { SessionStatus } from './SessionStatus';

const pageStyles = xcss({
  maxWidth: '1280px',
  marginInline: 'auto',
  paddingBlock: 'space.400',
  paddingInline: 'space.300',
});

interface SurfacePageProps {
  testId: string;
  title: string;
  titleTestId?: string;
  /** What the page is for, in a sentence under the title. */
  summary: ReactNode;
  /** Who the caller is: until it is known, the page shows the read's spinner or failure. */
  session: ResolverQuery<Session>;
  children: ReactNode;
}

/** A full-page surface's frame (the programme, the trail): its title and purpose, who you are, then the page. */
export function SurfacePage({ testId, title, titleTestId, summary, session, children }: SurfacePageProps) {
  return (
    <Box xcss={pageStyles} testId={testId}>
      <Stack space="space.300">
        <Stack space="space.050">
          <Heading size="xlarge" testId={titleTestId}>
            {title}
          </Heading>
          <Text color="color.text.subtle">{summary}</Text>
        </Stack>
        {/* The title is the frame's level-1 heading; everything under it one level deeper. */}
        <HeadingContextProvider>
          <SessionStatus session={session} />
          {children}
        </HeadingContextProvider>
      </Stack>
    </Box>
  );
}
