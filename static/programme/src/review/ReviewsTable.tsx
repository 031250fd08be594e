import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import { Text } from '@atlaskit/primitives';
import type { ManagementReviewSummary } from '../../../../src/contract';
import { ReviewPageLink } from './ReviewPageLink';
import { periodWords } from './reviewWords';

interface ReviewsTableProps {
  reviews: readonly ManagementReviewSummary[];
  selectedId: string | null;
  onSelect: (reviewId: string) => void;
}

/** The management reviews, newest period first: what, which period, when held, how far along. */
export function ReviewsTable({ reviews, selectedId, onSelect }: ReviewsTableProps) {
  const head = {
    cells: [
      { key: 'title', content: 'Review' },
      { key: 'period', content: 'Period' },
      { key: 'heldOn', content: 'Held on' },
      { key: 'decisions', content: 'Decisions' },
      { key: 'minutes', content: 'Minutes' },
      { key: 'page', content: 'Page' },
      { key: 'open', content: '', width: 8 },
    ],
  };
  const rows = reviews.map((review) => ({
    key: review.id,
    testId: `review-row-${review.id}`,
    isHighlighted: review.id === selectedId,
    cells: [
      {
        key: 'title',
        content: (
          <Text weight="medium" testId={`review-title-${review.id}`}>
            {review.title}
          </Text>
        ),
      },
      { key: 'period', content: periodWords(review.from, review.to) },
      {
        key: 'heldOn',
        content: review.heldOn ?? <Text color="color.text.subtlest">Not held yet</Text>,
      },
      { key: 'decisions', content: <Text testId={`review-decisions-${review.id}`}>{review.decisions}</Text> },
      {
        key: 'minutes',
        content: review.minutesApproved ? (
          <Lozenge appearance="success" testId={`review-minutes-${review.id}`}>
            Approved
          </Lozenge>
        ) : (
          <Lozenge appearance="moved" testId={`review-minutes-${review.id}`}>
            Not approved
          </Lozenge>
        ),
      },
      { key: 'page', content: <ReviewPageLink url={review.pageUrl} testId={`review-page-${review.id}`} /> },
      {
        key: 'open',
        content: (
          <Button
            spacing="compact"
            isSelected={review.id === selectedId}
            onClick={() => onSelect(review.id)}
            testId={`review-open-${review.id}`}
          >
            Open
          </Button>
        ),
      },
    ],
  }));
  return <DynamicTable head={head} rows={rows} testId="reviews-table" />;
}
