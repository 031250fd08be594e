import { useEffect, useRef } from 'react';
import { Section } from '../../../shared/components/Section';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { OverdueList } from './OverdueList';
import { QueryStatus } from '../../../shared/components/QueryStatus';

/**
 * The programme's overdue corrective-action plans, actions and effectiveness checks (the daily
 * sweep marks and notifies them).
 */
export function OverdueSection({ refreshKey }: { refreshKey: number }) {
  const overdue = useResolverQuery('listOverdue', {});
  const { reload } = overdue;
  const seen = useRef(refreshKey);
  useEffect(() => {
    if (seen.current === refreshKey) return;
    seen.current = refreshKey;
    void reload();
  }, [refreshKey, reload]);
  return (
    <Section
      title="Overdue"
      description="Plans not agreed, actions not implemented and effectiveness checks not made by their due date, across the programme, oldest first. Their owners are told in Jira."
      testId="actions-overdue"
    >
      <QueryStatus
        query={overdue}
        loadingLabel="Loading what is overdue"
        loadingTestId="overdue-loading"
        failureTitle="What is overdue could not be loaded"
        failureTestId="overdue-error"
        onRetry={() => void reload()}
      />
      {overdue.state.status === 'ok' ? (
        <OverdueList today={overdue.state.value.today} items={overdue.state.value.items} />
      ) : null}
    </Section>
  );
}
