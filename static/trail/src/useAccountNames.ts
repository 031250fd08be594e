import { useMemo } from 'react';
import { useResolverQuery } from '../../shared/useResolverQuery';

/**
 * Display names of the accounts that hold an app role (the people who write the trail), so rows
 * can show a printed name beside the account id. Unknown ids, or a failed read, show the id alone.
 */
export function useAccountNames(): ReadonlyMap<string, string> {
  const { state } = useResolverQuery('listRoleAssignments', {});
  return useMemo(
    () =>
      new Map(state.status === 'ok' ? state.value.assignments.map((a) => [a.accountId, a.displayName] as const) : []),
    [state],
  );
}
