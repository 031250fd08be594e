import { type FormEvent, useState } from 'react';
import type { ResolverError, Result } from '../../../src/contract';

/** What the last save or reload of a versioned record came to. */
export type VersionedOutcome<T> =
  { kind: 'saved'; value: T } | { kind: 'reloaded'; value: T } | { kind: 'failed'; error: ResolverError };

interface VersionedSaveOptions<T> {
  /** The save itself: the record as the draft now says, against the version the form was opened at. */
  save: () => Promise<Result<T>>;
  /** Reads the record again (after someone else's save made the form stale). */
  reload: () => Promise<Result<T>>;
  /** Puts a saved or reloaded record back in the form. */
  resetDraft: (value: T) => void;
  onSaved: (value: T) => void;
  /** False: a reload just clears the last message instead of saying what is shown. */
  tellReloaded?: boolean;
}

/**
 * A form over a record saved with optimistic concurrency (settings, programme): save, and after a
 * conflict reload what the other person saved.
 */
export function useVersionedSave<T>({
  save,
  reload,
  resetDraft,
  onSaved,
  tellReloaded = true,
}: VersionedSaveOptions<T>) {
  const [outcome, setOutcome] = useState<VersionedOutcome<T> | null>(null);
  const [saving, setSaving] = useState(false);
  const [reloading, setReloading] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await save();
    setSaving(false);
    if (result.ok) {
      resetDraft(result.value);
      setOutcome({ kind: 'saved', value: result.value });
      onSaved(result.value);
    } else {
      setOutcome({ kind: 'failed', error: result.error });
    }
  };

  const readAgain = async () => {
    setReloading(true);
    const result = await reload();
    setReloading(false);
    if (result.ok) {
      resetDraft(result.value);
      setOutcome(tellReloaded ? { kind: 'reloaded', value: result.value } : null);
    } else {
      setOutcome({ kind: 'failed', error: result.error });
    }
  };

  const error = outcome?.kind === 'failed' ? outcome.error : null;
  return { outcome, error, saving, reloading, submit, reload: readAgain };
}
