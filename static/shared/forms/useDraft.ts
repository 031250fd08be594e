import { useCallback, useState } from 'react';
import type { ResolverError } from '../../../src/contract';
import { fieldMessage } from '../fieldMessage';

/** The draft an inline form edits, changed a field at a time, and emptied again once it is saved. */
export function useDraft<D extends object>(empty: D) {
  const [draft, setDraft] = useState<D>(empty);
  const update = useCallback((change: Partial<D>) => setDraft((previous) => ({ ...previous, ...change })), []);
  const reset = useCallback(() => setDraft(empty), [empty]);
  return { draft, update, reset };
}

/** What a field that takes its complaint as words (a date, a text area) needs of the draft. */
export interface SaidField<V> {
  value: V;
  onChange: (value: V) => void;
  /** The last save's complaint about this field, in words; undefined when it is not at fault. */
  error: string | undefined;
}

/** How a form words the complaint about one of its paths (some forms drop the `path: ` prefix). */
export type FieldWords = (error: ResolverError | null | undefined, path: string) => string | undefined;

/**
 * Wires an inline form's draft to fields that show their complaint as words: `field('dueDate')`
 * gives the value, the change and what the last save said about that path, so a field states only
 * its own words (id, label, helper).
 */
export function fieldsSaying<D>(
  draft: D,
  update: (change: Partial<D>) => void,
  error: ResolverError | null | undefined,
  words: FieldWords = fieldMessage,
) {
  return <K extends keyof D & string>(key: K, path: string = key): SaidField<D[K]> => ({
    value: draft[key],
    onChange: (value) => {
      const change: Partial<D> = {};
      change[key] = value;
      update(change);
    },
    error: words(error, path),
  });
}
