import { Stack } from '@atlaskit/primitives';
import { type ReactNode, Suspense, useState } from 'react';
import type { Session } from '../../../../src/contract';
import { Loading } from '../../../shared/components/Loading';
import { TabPanel } from '../../../shared/components/TabPanel';
import { Tabs } from '../../../shared/components/Tabs';
import { OverviewTab } from '../overview/OverviewTab';
import { useCycleQuery } from '../overview/useCycleQuery';
import { ActionsTab, AreasTab, AuditorsTab, AuditsTab, ReviewTab, SettingsTab, SoaTab } from './lazyTabs';
import { type ProgrammeTabId, programmeTabs } from './programmeTabs';

interface ProgrammeWorkspaceProps {
  session: Session;
  /** Set on a space page: the overview is shown for that space. */
  spaceKey: string | null;
  onOwnRolesChanged: () => void;
}

/**
 * The programme's tabs for someone with an app role. The page holds what the tabs share: the cycle
 * on screen (its programme), a refresh counter moved whenever one tab changes records another
 * shows, and the count of signing attempts (the passphrase panel shows attempts left).
 */
export function ProgrammeWorkspace({ session, spaceKey, onOwnRolesChanged }: ProgrammeWorkspaceProps) {
  const [tab, setTab] = useState<ProgrammeTabId>('overview');
  // Each tab is rendered from its first visit on and then kept (filters, open forms, scroll).
  const [visited, setVisited] = useState<ReadonlySet<ProgrammeTabId>>(() => new Set(['overview']));
  const [cycleStart, setCycleStart] = useState<string | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const [signingAttempts, setSigningAttempts] = useState(0);
  const programme = useCycleQuery('getAuditProgramme', cycleStart);
  const shownCycle = programme.state.status === 'ok' ? programme.state.value.cycle.start : null;

  const changed = () => setRefreshKey((key) => key + 1);
  const signingAttempt = () => setSigningAttempts((count) => count + 1);
  const select = (id: ProgrammeTabId) => {
    setTab(id);
    setVisited((previous) => (previous.has(id) ? previous : new Set([...previous, id])));
  };

  // What the page hands every tab; each takes the part it needs.
  const page = { session, refreshKey, onChanged: changed, onSigningAttempt: signingAttempt };
  // The audits and their findings belong to the cycle on screen: until it is read, their tabs wait.
  const inShownCycle = (render: (cycle: string) => ReactNode) => () =>
    shownCycle ? render(shownCycle) : <Loading label="Loading the cycle" />;

  const panels: Record<ProgrammeTabId, () => ReactNode> = {
    overview: () => (
      <OverviewTab
        {...page}
        programme={programme}
        cycleStart={cycleStart}
        onSelectCycle={setCycleStart}
        spaceKey={spaceKey}
      />
    ),
    audits: inShownCycle((cycle) => <AuditsTab {...page} cycleStart={cycle} />),
    actions: inShownCycle((cycle) => <ActionsTab {...page} cycleStart={cycle} />),
    review: () => <ReviewTab {...page} />,
    soa: () => <SoaTab {...page} />,
    areas: () => <AreasTab session={session} onChanged={changed} />,
    auditors: () => <AuditorsTab session={session} />,
    settings: () => <SettingsTab {...page} signingAttempts={signingAttempts} onOwnRolesChanged={onOwnRolesChanged} />,
  };

  return (
    <Stack space="space.300">
      <Tabs tabs={programmeTabs} selected={tab} onSelect={select} idPrefix="programme" label="Audit programme" />
      {programmeTabs.map(({ id }) => (
        <TabPanel key={id} idPrefix="programme" id={id} isSelected={tab === id}>
          {visited.has(id) ? (
            // A tab's chunk loads on its first visit; until then the panel says so.
            <Suspense fallback={<Loading label="Loading the tab" testId={`panel-${id}-loading`} />}>
              {panels[id]()}
            </Suspense>
          ) : null}
        </TabPanel>
      ))}
    </Stack>
  );
}
