import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { useState } from 'react';
import { SessionStatus } from '../../shared/components/SessionStatus';
import { useResolverQuery } from '../../shared/useResolverQuery';
import { type TabId, TrailPageTabs } from './components/TrailPageTabs';

const pageStyles = xcss({
  maxWidth: '1280px',
  marginInline: 'auto',
  paddingBlock: 'space.400',
  paddingInline: 'space.300',
});

/** The audit trail and the programme's record, read-only for every app role (Confluence global page). */
export function App() {
  const session = useResolverQuery('getSession', {});
  const { state } = session;
  const [tab, setTab] = useState<TabId>('trail');
  // A tab is rendered from its first visit on and kept, so its filters and pages survive a switch.
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(() => new Set<TabId>(['trail']));
  const select = (id: TabId) => {
    setTab(id);
    setVisited((previous) => (previous.has(id) ? previous : new Set([...previous, id])));
  };

  return (
    <Box xcss={pageStyles} testId="trail-page">
      <Stack space="space.300">
        <Stack space="space.050">
          <Heading size="xlarge">Audit trail and records</Heading>
          <Text color="color.text.subtle">
            Who changed what, when and why, and the programme&apos;s complete record. Nothing here can be changed.
          </Text>
        </Stack>
        <SessionStatus session={session} />
        {state.status === 'ok' && state.value.roles.length === 0 ? (
          <SectionMessage appearance="information" title="You have no role in this app yet" testId="session-no-role">
            <Text as="p">
              The audit trail is visible only to people with an app role. Ask your programme manager to grant you one,
              then reload this page.
            </Text>
          </SectionMessage>
        ) : null}
        {state.status === 'ok' && state.value.roles.length > 0 ? (
          <TrailPageTabs tab={tab} visited={visited} onSelect={select} />
        ) : null}
      </Stack>
    </Box>
  );
}
