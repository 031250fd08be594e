import SectionMessage from '@atlaskit/section-message';
import { Text } from '@atlaskit/primitives';
import { useState } from 'react';
import { SurfacePage } from '../../shared/components/SurfacePage';
import { useResolverQuery } from '../../shared/useResolverQuery';
import { type TabId, TrailPageTabs } from './components/TrailPageTabs';

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
    <SurfacePage
      testId="trail-page"
      title="Audit trail and records"
      summary="Who changed what, when and why, and the programme's complete record. Nothing here can be changed."
      session={session}
    >
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
    </SurfacePage>
  );
}
