import type { SortItem } from './ast';
import { toDateValue } from './dates';
import { JqlError } from './errors';
import { resolveField, type FieldEnv, type SortKey } from './fields';
import type { JqlIssue } from './types';

/**
 * ORDER BY. Each field sorts by its own key (issue keys numeric-aware: NC-2 < NC-10; status by
 * category To Do < In Progress < Done, then name; text case-insensitively). A field's default
 * direction is Jira's: DESC for created, updated and resolutiondate, ASC for the rest. EMPTY sorts
 * after every value: last in ASC, first in DESC. Ties compare 0 so a stable sort keeps the
 * caller's order.
 *
 * Without ORDER BY the order is `created DESC`, ties broken by issue id DESC: newest first, which
 * is what Jira's issue navigator shows for a query without ORDER BY (the REST API documents no
 * order), and deterministic even for issues created in the same millisecond.
 */
export type Comparator = (a: JqlIssue, b: JqlIssue) => number;

export function compareKeys(a: SortKey, b: SortKey): number {
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

function byKey(get: (i: JqlIssue) => SortKey | null, descending: boolean): Comparator {
  return (a, b) => {
    const ka = get(a);
    const kb = get(b);
    if (ka === null || kb === null) {
      if (ka === kb) return 0;
      // EMPTY is greater than any value.
      return (ka === null ? 1 : -1) * (descending ? -1 : 1);
    }
    const c = compareKeys(ka, kb);
    return descending ? -c : c;
  };
}

const createdMs = (i: JqlIssue): SortKey | null => {
  const v = toDateValue(i.created);
  return v?.kind === 'instant' ? [v.ms] : null;
};
const numericId = (i: JqlIssue): SortKey => (/^\d+$/.test(i.id) ? [0, Number(i.id)] : [1, i.id]);

export const DEFAULT_ORDER: Comparator = chain([byKey(createdMs, true), byKey(numericId, true)]);

function chain(comparators: Comparator[]): Comparator {
  return (a, b) => {
    for (const c of comparators) {
      const r = c(a, b);
      if (r !== 0) return r;
    }
    return 0;
  };
}

export function buildComparator(orderBy: SortItem[] | null, env: FieldEnv): Comparator {
  if (orderBy === null) return DEFAULT_ORDER;
  return chain(
    orderBy.map(({ field, direction }) => {
      const def = resolveField(field, env);
      if (!def.sortKey) {
        throw new JqlError(`Sorting by the field '${def.display}' is not supported by the local emulator.`);
      }
      return byKey(def.sortKey, (direction ?? def.sortDefault) === 'desc');
    }),
  );
}
