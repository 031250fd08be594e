import { useCallback, useRef, useState } from 'react';
import type { ResolverError, Result } from '../../../src/contract';

export interface SaveState {
  /** A save is on its way; a second submit is ignored meanwhile. */
  saving: boolean;
  /** Why the last save failed, or null. */
  error: ResolverError | null;
  /** The last save went through (cleared when the next one starts). */
  saved: boolean;
  /** The last save failed because someone else saved the record first. */
  conflict: boolean;
}

export interface SaveHooks<T> {
  onSaved?: (value: T) => void;
  /** Someone else saved meanwhile: typically the page reads the record again. */
  onConflict?: (error: ResolverError) => void;
  onFailed?: (error: ResolverError) => void;
}

export interface Save extends SaveState {
  /**
   * Runs one resolver call as the form's save: ignored while another runs, and the answer lands
   * in `error`/`saved`. Resolves to the call's result (null when ignored).
   */
  run: <T>(call: () => Promise<Result<T>>, hooks?: SaveHooks<T>) => Promise<Result<T> | null>;
  /** Puts a complaint the form found itself (or none) in place of the last answer. */
  setError: (error: ResolverError | null) => void;
}

/** The saving, error, saved and conflict state every form of the app keeps while it saves. */
export function useSave(): Save {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const [saved, setSaved] = useState(false);
  // A ref, not the state: two clicks in one render must not both start a save.
  const busy = useRef(false);

  const run = useCallback(async <T>(call: () => Promise<Result<T>>, hooks: SaveHooks<T> = {}) => {
    if (busy.current) return null;
    busy.current = true;
    setSaving(true);
    setSaved(false);
    setError(null);
    const result = await call();
    busy.current = false;
    setSaving(false);
    if (result.ok) {
      setSaved(true);
      hooks.onSaved?.(result.value);
    } else {
      setError(result.error);
      if (result.error.code === 'conflict') hooks.onConflict?.(result.error);
      hooks.onFailed?.(result.error);
    }
    return result;
  }, []);

  return { saving, error, saved, conflict: error?.code === 'conflict', run, setError };
}
