import { QueryStatus } from '../../../shared/components/QueryStatus';
import { Section } from '../../../shared/components/Section';
import type { ResolverQuery } from '../../../shared/useResolverQuery';
import type { ResolverOutput } from '../../../../src/contract';
import { CorrectiveActionsList } from './CorrectiveActionsList';

/** The audit's corrective actions, as read. */
export function CorrectiveActionsSection({
  actions,
}: {
  actions: ResolverQuery<ResolverOutput<'listCorrectiveActions'>>;
}) {
  return (
    <Section
      title="Corrective actions"
      description="Open ones first. Each step is recorded from the action’s Jira issue panel."
      testId="actions-corrective"
    >
      <QueryStatus
        query={actions}
        loadingLabel="Loading the corrective actions"
        loadingTestId="actions-corrective-loading"
        failureTitle="The corrective actions could not be loaded"
        failureTestId="actions-corrective-error"
      />
      {actions.state.status === 'ok' ? <CorrectiveActionsList actions={actions.state.value.actions} /> : null}
    </Section>
  );
}
