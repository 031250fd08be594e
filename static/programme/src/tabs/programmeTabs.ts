import type { TabSpec } from '../../../shared/components/Tabs';

export type ProgrammeTabId = 'overview' | 'audits' | 'actions' | 'review' | 'soa' | 'areas' | 'auditors' | 'settings';

/** The programme page's tabs, in reading order. */
export const programmeTabs: readonly TabSpec<ProgrammeTabId>[] = [
  { id: 'overview', label: 'Overview', testId: 'tab-overview' },
  { id: 'audits', label: 'Audits', testId: 'tab-audits' },
  { id: 'actions', label: 'Findings & actions', testId: 'tab-actions' },
  { id: 'review', label: 'Management review', testId: 'tab-review' },
  { id: 'soa', label: 'Statement of Applicability', testId: 'tab-soa' },
  { id: 'areas', label: 'Areas', testId: 'tab-areas' },
  { id: 'auditors', label: 'Auditors', testId: 'tab-auditors' },
  { id: 'settings', label: 'Settings & people', testId: 'tab-settings' },
];
