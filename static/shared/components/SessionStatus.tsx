import type { Session } from '../../../src/contract';
import type { ResolverQuery } from '../useResolverQuery';
import { QueryStatus } from './QueryStatus';

/** While a surface learns who the user is: a spinner, or the failure with a retry. */
export function SessionStatus({ session }: { session: ResolverQuery<Session> }) {
  return (
    <QueryStatus
      query={session}
      loadingLabel="Loading who you are"
      loadingTestId="session-loading"
      failureTitle="The app could not tell who you are"
      failureTestId="session-error"
    />
  );
}
