import { type FormEvent, useState } from 'react';
import type { Result } from '../../../src/contract';
import { draftBinder } from './draftBinder';
import { useSave } from './useSave';

/** What an edit dialog tells the page that opened it. */
export interface EditDialogEvents<T> {
  onSaved: (saved: T) => void;
  /** Someone else saved the record meanwhile: the page reads it again. */
  onStale: () => void;
  onClose: () => void;
}

/**
 * The draft an edit dialog changes (each field wired by `field(key)`) and its save: a saved record goes to the page and closes the
 * dialog; a conflict leaves the dialog open (the draft is kept) and tells the page to read again.
 */
export function useEditDialog<D, T, Named extends keyof D>(
  initial: () => D,
  save: (draft: D) => Promise<Result<T>>,
  /** The draft's fields as the backend names them in its errors. */
  paths: Record<Named, string>,
  { onSaved, onStale, onClose }: EditDialogEvents<T>,
) {
  const [draft, setDraft] = useState<D>(initial);
  const { saving, error, run } = useSave();
  const update = (change: Partial<D>) => setDraft((previous) => ({ ...previous, ...change }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(() => save(draft), {
      onSaved: (saved) => {
        onSaved(saved);
        onClose();
      },
      onConflict: onStale,
    });
  };
  // What the FormDialog needs of the save: spins while it runs, closes, submits.
  const dialog = { busy: saving, onClose, onSubmit: submit };
  return { draft, update, field: draftBinder(draft, update, paths, error), error, dialog };
}
