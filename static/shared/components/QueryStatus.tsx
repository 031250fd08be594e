import type { QueryState } from '../useResolverQuery';
import { LoadFailure } from './LoadFailure';
import { Loading } from './Loading';
import { type SpeltOut, type Usual, spelt } from './queryStatusWords';

type QueryStatusProps = (SpeltOut | Usual) & {
  /** A read's state and how to read it again (a `ResolverQuery`, or a state a parent holds). */
  query: { state: QueryState<unknown>; reload: () => unknown };
  /** What "Try again" does, when more than reading this query again. */
  onRetry?: () => void;
};

/** The spinner or the failure (with a retry) of a read; nothing once the value is there. */
export function QueryStatus(props: QueryStatusProps) {
  const { query, onRetry } = props;
  const { loadingLabel, loadingTestId, failureTitle, failureTestId } = spelt(props);
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
