import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { ManagementReviewView } from '../../../../src/contract';
import type { SignsOnPage } from '../../../shared/signing/signsOnPage';
import { QueryStatus } from '../../../shared/components/QueryStatus';
import { Section } from '../../../shared/components/Section';
import { RecordApproval } from '../../../shared/signing/RecordApproval';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { DecisionsSection } from './DecisionsSection';
import { MeetingForm } from './MeetingForm';
import { ReviewCsvDownloads } from './ReviewCsvDownloads';
import { ReviewInputsSection } from './ReviewInputsSection';
import { ReviewAgenda } from './ReviewAgenda';
import { ReviewPageLink } from './ReviewPageLink';
import { periodWords } from './reviewWords';

interface ReviewDetailProps extends SignsOnPage {
  reviewId: string;
  /** The review changed (the list shows its decisions, meeting day and approval). */
  onChanged: () => void;
}

/** One review: its page and period, the CSV registers, the meeting, the inputs, the decisions, the approval. */
export function ReviewDetail({ reviewId, session, onChanged, onSigningAttempt }: ReviewDetailProps) {
  const review = useResolverQuery('getManagementReview', { reviewId });
  const { state, reload, replace } = review;

  if (state.status !== 'ok') {
    return (
      <QueryStatus
        query={review}
        loadingLabel="Loading the review"
        loadingTestId="review-detail-loading"
        failureTitle="The review could not be loaded"
        failureTestId="review-detail-error"
      />
    );
  }
  const view = state.value;
  const isManager = session.roles.includes('programmeManager');
  const mayDecide = isManager || session.roles.includes('topManagement');
  const saved = (next: ManagementReviewView) => {
    replace(next);
    onChanged();
  };
  const approvals = view.signatures.filter((s) => s.meaning === 'approved' && s.status === 'current');

  return (
    <Section
      title={view.title}
      description={
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <Text color="color.text.subtle" testId="review-detail-period">
            Period {periodWords(view.from, view.to)}
          </Text>
          <ReviewPageLink url={view.pageUrl} label="Open the review page" testId="review-detail-page" />
          {view.minutesApproved ? (
            <Lozenge appearance="success">Minutes approved</Lozenge>
          ) : (
            <Lozenge appearance="moved">Minutes not approved</Lozenge>
          )}
        </Inline>
      }
      testId="review-detail"
    >
      <ReviewCsvDownloads from={view.from} to={view.to} />
      <ReviewAgenda agenda={view.agenda} title="Agenda" testId="review-agenda" />
      <MeetingForm view={view} canEdit={isManager} onSaved={saved} onReload={() => void reload()} />
      <Stack space="space.100">
        <Text color="color.text.subtle">
          Top management approves the minutes with an electronic signature; any later change to the meeting record
          withdraws the approval.
        </Text>
        <RecordApproval
          recordType="managementReview"
          recordId={view.id}
          version={view.version}
          recordTitle={`Minutes of ${view.title}`}
          approvals={approvals}
          canApprove={session.roles.includes('topManagement')}
          ownAccountId={session.accountId}
          onSigned={() => {
            void reload();
            onChanged();
          }}
          onSigningAttempt={onSigningAttempt}
          testId="review-approval"
        />
      </Stack>
      <ReviewInputsSection view={view} canEdit={isManager} onSaved={saved} onReload={() => void reload()} />
      <DecisionsSection view={view} canDecide={mayDecide} onSaved={saved} onReload={() => void reload()} />
    </Section>
  );
}
