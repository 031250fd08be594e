import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResolverError, ResolverInput, ResolverName, ResolverOutput, Result } from '../../src/contract';
import { callResolver } from './invokeClient';

export type QueryState<T> =
  { status: 'loading' } | { status: 'ok'; value: T } | { status: 'error'; error: ResolverError };

export interface ResolverQuery<T> {
  state: QueryState<T>;
  /** Reads again. The current value stays on screen until the answer arrives. */
  reload: () => Promise<Result<T>>;
  /** Puts a value the page already has (e.g. a save's answer) in place of the read one. */
  replace: (value: T) => void;
}

/** Reads one resolver when the component mounts; only the latest answer is kept. */
export function useResolverQuery<K extends ResolverName>(
  name: K,
  input: ResolverInput<K>,
): ResolverQuery<ResolverOutput<K>> {
  const [state, setState] = useState<QueryState<ResolverOutput<K>>>({ status: 'loading' });
  const inputRef = useRef(input);
  inputRef.current = input;
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const call = ++latest.current;
    setState((previous) => (previous.status === 'error' ? { status: 'loading' } : previous));
    const result = await callResolver(name, inputRef.current);
    if (call === latest.current) {
      setState(result.ok ? { status: 'ok', value: result.value } : { status: 'error', error: result.error });
    }
    return result;
  }, [name]);

  const replace = useCallback((value: ResolverOutput<K>) => {
    latest.current += 1;
    setState({ status: 'ok', value });
  }, []);

  useEffect(() => {
    void reload();
    return () => {
      latest.current += 1;
    };
  }, [reload]);

  return { state, reload, replace };
}
