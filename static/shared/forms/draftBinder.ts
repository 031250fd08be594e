import type { ResolverError } from '../../../src/contract';

/** What an input needs to edit one field of a draft and show the backend's complaint about it. */
export interface BoundField<V> {
  value: V;
  onChange: (value: V) => void;
  /** The field's path in the resolver's input, as `error.field` names it. */
  path: string;
  error: ResolverError | null | undefined;
}

/**
 * Wires a form's draft to its fields: `field('name')` gives the value, the change, the path and
 * the last save's error, so a field states only its own words (id, label, helper).
 */
export function draftBinder<D, Named extends keyof D>(
  draft: D,
  update: (change: Partial<D>) => void,
  paths: Record<Named, string>,
  error: ResolverError | null | undefined,
) {
  return <K extends Named>(key: K): BoundField<D[K]> => ({
    value: draft[key],
    onChange: (value) => {
      const change: Partial<D> = {};
      change[key] = value;
      update(change);
    },
    path: paths[key],
    error,
  });
}
