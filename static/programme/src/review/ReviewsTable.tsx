import Lozenge from '@atlaskit/lozenge';
import { Text } from '@atlaskit/primitives';
import type { ManagementReviewSummary } from '../../../../src/contract';
import { Placeholder } from '../../../shared/components/Placeholder';
import { RecordTable, type RecordColumn } from '../../../shared/components/RecordTable';
import { openColumn } from '../../../shared/components/recordColumns';
import { ReviewPageLink } from './ReviewPageLink';
import { periodWords } from './reviewWords';

interface ReviewsTableProps {
  reviews: readonly ManagementReviewSummary[];
  selectedId: string | null;
  onSelect: (reviewId: string) => void;
}

const columns: RecordColumn<ManagementReviewSummary>[] = [
  {
    key: 'title',
    header: 'Review',
    cell: (review) => (
      <Text weight="medium" testId={`review-title-${review.id}`}>
        {review.title}
      </Text>
    ),
  },
  { key: 'period', header: 'Period', cell: (review) => periodWords(review.from, review.to) },
  {
    key: 'heldOn',
    header: 'Held on',
    cell: (review) => review.heldOn ?? <Placeholder>Not held yet</Placeholder>,
  },
  {
    key: 'decisions',
    header: 'Decisions',
    cell: (review) => <Text testId={`review-decisions-${review.id}`}>{review.decisions}</Text>,
  },
  {
    key: 'minutes',
    header: 'Minutes',
    cell: (review) =>
      review.minutesApproved ? (
        <Lozenge appearance="success" testId={`review-minutes-${review.id}`}>
          Approved
        </Lozenge>
      ) : (
        <Lozenge appearance="moved" testId={`review-minutes-${review.id}`}>
          Not approved
        </Lozenge>
      ),
  },
  {
    key: 'page',
    header: 'Page',
    cell: (review) => <ReviewPageLink url={review.pageUrl} testId={`review-page-${review.id}`} />,
  },
];

/** The management reviews, newest period first: what, which period, when held, how far along. */
export function ReviewsTable({ reviews, selectedId, onSelect }: ReviewsTableProps) {
  return (
    <RecordTable
      columns={[
        ...columns,
        openColumn<ManagementReviewSummary>(
          (review) => review.id === selectedId,
          (review) => onSelect(review.id),
          (review) => `review-open-${review.id}`,
        ),
      ]}
      records={reviews}
      recordKey={(review) => review.id}
      rowTestId={(review) => `review-row-${review.id}`}
      isSelected={(review) => review.id === selectedId}
      tableTestId="reviews-table"
    />
  );
}
