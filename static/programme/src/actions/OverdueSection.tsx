import { QuerySection } from '../../../shared/components/QuerySection';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { OverdueList } from './OverdueList';

/**
 * The programme's overdue corrective-action plans, actions and effectiveness checks (the daily
 * sweep marks and notifies them).
 */
export function OverdueSection({ refreshKey }: { refreshKey: number }) {
  const overdue = useResolverQuery('listOverdue', {});
  return (
    <QuerySection
      title="Overdue"
      description="Plans not agreed, actions not implemented and effectiveness checks not made by their due date, across the programme, oldest first. Their owners are told in Jira."
      testId="actions-overdue"
      query={overdue}
      refreshKey={refreshKey}
      status={{
        loadingLabel: 'Loading what is overdue',
        loadingTestId: 'overdue-loading',
        failureTitle: 'What is overdue could not be loaded',
        failureTestId: 'overdue-error',
      }}
    >
      {({ today, items }) => <OverdueList today={today} items={items} />}
    </QuerySection>
  );
}
