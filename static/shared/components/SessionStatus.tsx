import type { Session } from '../../../src/contract';
import type { ResolverQuery } from '../useResolverQuery';
import { LoadFailure } from './LoadFailure';
import { Loading } from './Loading';

/** While a surface learns who the user is: a spinner, or the failure with a retry. */
export function SessionStatus({ session }: { session: ResolverQuery<Session> }) {
  const { state } = session;
  if (state.status === 'loading') return <Loading label="Loading who you are" testId="session-loading" />;
  if (state.status === 'error') {
    return (
      <LoadFailure
        title="The app could not tell who you are"
        error={state.error}
        onRetry={() => void session.reload()}
        testId="session-error"
      />
    );
  }
  return null;
}
