import Lozenge from '@atlaskit/lozenge';
import Tooltip from '@atlaskit/tooltip';

/** The list's marker for a report whose page was edited in Confluence after it was approved. */
export function ReportChangedLozenge({ testId }: { testId?: string }) {
  return (
    <Tooltip content="The report page was edited in Confluence after approval: open the audit to see the approved version">
      <Lozenge appearance="danger" testId={testId}>
        Report changed after approval
      </Lozenge>
    </Tooltip>
  );
}
