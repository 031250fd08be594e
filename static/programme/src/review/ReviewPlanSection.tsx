import { Stack, Text } from '@atlaskit/primitives';
import { QueryStatus } from '../../../shared/components/QueryStatus';
import { Section } from '../../../shared/components/Section';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { ReviewAgenda } from './ReviewAgenda';
import { ReviewDueTile } from './ReviewDueTile';
import { ReviewPlanForm } from './ReviewPlanForm';

/**
 * "Review plan": when the next management review is due (9.3.1, planned intervals), the plan the
 * programme manager sets, and the agenda the next review will be created with.
 */
export function ReviewPlanSection({ canPlan }: { canPlan: boolean }) {
  const query = useResolverQuery('getReviewPlan', {});
  const { state, replace } = query;
  return (
    <Section
      title="Review plan"
      description="Top management reviews the ISMS at planned intervals (ISO 27001 9.3.1). Each review's agenda is 9.3.2 a–g and the organisation's standing items."
      testId="review-plan"
    >
      <QueryStatus
        query={query}
        loadingLabel="Loading the review plan"
        loadingTestId="review-plan-loading"
        failureTitle="The review plan could not be loaded"
        failureTestId="review-plan-load-error"
      />
      {state.status === 'ok' ? (
        <Stack space="space.200">
          <ReviewDueTile view={state.value} />
          {canPlan ? (
            <ReviewPlanForm key={state.value.version} view={state.value} onSaved={replace} />
          ) : (
            <Text color="color.text.subtle">Only a programme manager sets the review plan; you can read it.</Text>
          )}
          <ReviewAgenda agenda={state.value.agenda} title="Agenda of the next review" testId="review-plan-agenda" />
        </Stack>
      ) : null}
    </Section>
  );
}
