import type { Session } from '../../../../src/contract';

interface ReviewTabProps {
  session: Session;
  refreshKey: number;
  onChanged: () => void;
  onSigningAttempt: () => void;
}

/** The management reviews: create one from the template, record the meeting, decisions and inputs. */
export function ReviewTab(_props: ReviewTabProps) {
  return <p data-testid="review-tab">Management reviews are coming.</p>;
}
