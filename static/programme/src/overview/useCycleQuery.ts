import { useEffect, useRef } from 'react';
import type { ResolverInput, ResolverName, ResolverOutput } from '../../../../src/contract';
import { type ResolverQuery, useResolverQuery } from '../../../shared/useResolverQuery';

type CycleResolver = 'getAuditProgramme' | 'getCoverage' | 'listAudits' | 'proposeSchedule';

/**
 * Reads a per-cycle resolver (null = the cycle containing today), and reads it again when the cycle
 * changes or `refreshKey` moves (something on another tab changed what it shows).
 */
export function useCycleQuery<K extends CycleResolver & ResolverName>(
  name: K,
  cycleStart: string | null,
  refreshKey = 0,
): ResolverQuery<ResolverOutput<K>> {
  // Every one of these resolvers takes `{ cycleStart? }` alone; the compiler cannot see that through K.
  const input = (cycleStart ? { cycleStart } : {}) as ResolverInput<K>;
  const query = useResolverQuery(name, input);
  const first = useRef(true);
  const { reload } = query;
  useEffect(() => {
    // The first read is the mount's own; only later changes read again.
    if (first.current) {
      first.current = false;
      return;
    }
    void reload();
  }, [cycleStart, refreshKey, reload]);
  return query;
}
