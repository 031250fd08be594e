import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import type { ManagementReviewView } from '../../../../src/contract';
import type { SignsOnPage } from '../../../shared/signing/signsOnPage';
import { Section } from '../../../shared/components/Section';
import { useReadAgainWhen } from '../../../shared/useReadAgainWhen';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { CreateReviewForm } from './CreateReviewForm';
import { PeriodFiguresSection } from './PeriodFiguresSection';
import { ReviewDetail } from './ReviewDetail';
import { ReviewPageLink } from './ReviewPageLink';
import { ReviewPlanSection } from './ReviewPlanSection';
import { ObjectivesSection } from './ObjectivesSection';
import { ReviewsTable } from './ReviewsTable';
import { QueryStatus } from '../../../shared/components/QueryStatus';

interface ReviewTabProps extends SignsOnPage {
  refreshKey: number;
  onChanged: () => void;
}

/**
 * "Management review" (ISO 27001 9.3): the reviews with their Confluence pages; a programme
 * manager creates one from the template; an open review records the meeting, the entered inputs,
 * the decisions (raised as Jira actions) and top management's approval of the minutes. Below, the
 * monthly incident and training figures the KPI tiles read.
 */
export function ReviewTab({ session, refreshKey, onChanged, onSigningAttempt }: ReviewTabProps) {
  const reviews = useResolverQuery('listManagementReviews', {});
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [created, setCreated] = useState<ManagementReviewView | null>(null);
  const isManager = session.roles.includes('programmeManager');
  const { reload } = reviews;

  // Another tab changed records: the list is read again.
  useReadAgainWhen(refreshKey, () => void reload());

  const list = reviews.state.status === 'ok' ? reviews.state.value.reviews : [];
  const changed = () => {
    void reload();
    onChanged();
  };

  return (
    <Stack space="space.300" testId="review-tab">
      <Section
        title="Management reviews"
        description="Top management reviews the ISMS (ISO 27001 9.3) on a Confluence page built from the review macros; the meeting, its decisions and the signed minutes are recorded here."
        testId="reviews"
      >
        {isManager ? (
          <CreateReviewForm
            onCreated={(review) => {
              setCreated(review);
              setSelectedId(review.id);
              changed();
            }}
          />
        ) : null}
        {created ? (
          <SectionMessage appearance="success" title={`“${created.title}” was created`} testId="review-created">
            <Text as="p">
              Its page holds every review macro for {created.from} – {created.to}:{' '}
              <ReviewPageLink
                url={created.pageUrl}
                label={created.page?.title ?? 'open the page'}
                testId="review-created-link"
              />
            </Text>
          </SectionMessage>
        ) : null}
        <QueryStatus
          query={reviews}
          loadingLabel="Loading the reviews"
          loadingTestId="reviews-loading"
          failureTitle="The management reviews could not be loaded"
          failureTestId="reviews-error"
        />
        {reviews.state.status === 'ok' && list.length === 0 ? (
          <Text color="color.text.subtle" testId="reviews-none">
            No management review yet.{isManager ? ' Create the first one above.' : ''}
          </Text>
        ) : null}
        {list.length > 0 ? <ReviewsTable reviews={list} selectedId={selectedId} onSelect={setSelectedId} /> : null}
      </Section>
      {selectedId ? (
        <ReviewDetail
          key={selectedId}
          reviewId={selectedId}
          session={session}
          onChanged={changed}
          onSigningAttempt={onSigningAttempt}
        />
      ) : null}
      <ReviewPlanSection canPlan={isManager} />
      <ObjectivesSection canSet={isManager} />
      <PeriodFiguresSection canRecord={isManager} />
    </Stack>
  );
}
