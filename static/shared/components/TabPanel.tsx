import type { ReactNode } from 'react';

interface TabPanelProps {
  /** The same prefix the page's `Tabs` got: the panel and its tab name each other by it. */
  idPrefix: string;
  id: string;
  isSelected: boolean;
  children: ReactNode;
}

/**
 * One panel of a page's tabs, as the ARIA tabs pattern has it. A hidden panel stays mounted, so a
 * tab keeps its filters, open forms and scroll while another is shown.
 */
export function TabPanel({ idPrefix, id, isSelected, children }: TabPanelProps) {
  return (
    <div
      role="tabpanel"
      id={`${idPrefix}-panel-${id}`}
      aria-labelledby={`${idPrefix}-tab-${id}`}
      hidden={!isSelected}
      data-testid={`panel-${id}`}
    >
      {children}
    </div>
  );
}
