import Lozenge from '@atlaskit/lozenge';
import Tooltip from '@atlaskit/tooltip';

/** An audit whose planned end has passed without a report: it no longer counts towards coverage. */
export function LateLozenge({ daysLate, testId }: { daysLate: number; testId?: string }) {
  const days = daysLate === 1 ? '1 day' : `${daysLate} days`;
  return (
    <Tooltip content={`Planned end passed ${days} ago and not reported yet`}>
      <Lozenge appearance="danger" testId={testId}>
        Late {days}
      </Lozenge>
    </Tooltip>
  );
}
