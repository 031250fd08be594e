import { Stack } from '@atlaskit/primitives';
import { useAccountNames } from '../useAccountNames';
import { RecordTab } from './RecordTab';
import { TabPanel } from '../../../shared/components/TabPanel';
import { type TabSpec, Tabs } from '../../../shared/components/Tabs';
import { TrailTab } from './TrailTab';

export type TabId = 'trail' | 'record';

const tabs: readonly TabSpec<TabId>[] = [
  { id: 'trail', label: 'Audit trail', testId: 'tab-trail' },
  { id: 'record', label: 'Programme record', testId: 'tab-record' },
];

interface TrailPageTabsProps {
  tab: TabId;
  /** Tabs opened so far: each is rendered from its first visit on and kept (filters, pages, export). */
  visited: ReadonlySet<TabId>;
  onSelect: (id: TabId) => void;
}

/** The page's two tabs, "Audit trail" and "Programme record", and their panels. */
export function TrailPageTabs({ tab, visited, onSelect }: TrailPageTabsProps) {
  const names = useAccountNames();
  return (
    <Stack space="space.300">
      <Tabs tabs={tabs} selected={tab} onSelect={onSelect} idPrefix="trail-page" label="Audit trail and records" />
      {tabs.map(({ id }) => (
        <TabPanel key={id} idPrefix="trail-page" id={id} isSelected={tab === id}>
          {visited.has(id) ? id === 'trail' ? <TrailTab names={names} /> : <RecordTab names={names} /> : null}
        </TabPanel>
      ))}
    </Stack>
  );
}
