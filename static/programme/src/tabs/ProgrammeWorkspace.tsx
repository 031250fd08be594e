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

  const panels: Record<ProgrammeTabId, () => ReactNode> = {
    overview: () => (
      <OverviewTab
        session={session}
        programme={programme}
        cycleStart={cycleStart}
        onSelectCycle={setCycleStart}
        spaceKey={spaceKey}
        refreshKey={refreshKey}
        onChanged={changed}
        onSigningAttempt={signingAttempt}
      />
    ),
    audits: () =>
      shownCycle ? (
        <AuditsTab
          session={session}
          cycleStart={shownCycle}
          onChanged={changed}
          refreshKey={refreshKey}
          onSigningAttempt={signingAttempt}
        />
      ) : (
        <Loading label="Loading the cycle" />
      ),
    actions: () =>
      shownCycle ? (
        <ActionsTab session={session} cycleStart={shownCycle} refreshKey={refreshKey} onChanged={changed} />
      ) : (
        <Loading label="Loading the cycle" />
      ),
    review: () => (
      <ReviewTab session={session} refreshKey={refreshKey} onChanged={changed} onSigningAttempt={signingAttempt} />
    ),
    soa: () => <SoaTab session={session} onChanged={changed} onSigningAttempt={signingAttempt} />,
    areas: () => <AreasTab session={session} onChanged={changed} />,
    auditors: () => <AuditorsTab session={session} />,
    settings: () => (
      <SettingsTab
        session={session}
        signingAttempts={signingAttempts}
        onSigningAttempt={signingAttempt}
        onOwnRolesChanged={onOwnRolesChanged}
      />
    ),
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
