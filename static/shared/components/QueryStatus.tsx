import type { ResolverQuery } from '../useResolverQuery';
import { LoadFailure } from './LoadFailure';
import { Loading } from './Loading';

interface QueryStatusProps {
  query: Pick<ResolverQuery<unknown>, 'state' | 'reload'>;
  /** Words beside the spinner while the read is on its way. */
  loadingLabel: string;
  loadingTestId?: string;
  /** What could not be shown, when the read failed. */
  failureTitle: string;
  failureTestId?: string;
  /** What "Try again" does, when more than reading this query again. */
  onRetry?: () => void;
}

/** The spinner or the failure (with a retry) of a read; nothing once the value is there. */
export function QueryStatus({
  query,
  loadingLabel,
  loadingTestId,
  failureTitle,
  failureTestId,
  onRetry,
}: QueryStatusProps) {
  const { state } = query;
  if (state.status === 'loading') return <Loading label={loadingLabel} testId={loadingTestId} />;
  if (state.status === 'error') {
    return (
      <LoadFailure
        title={failureTitle}
        error={state.error}
        onRetry={onRetry ?? (() => void query.reload())}
        testId={failureTestId}
      />
    );
  }
  return null;
}
