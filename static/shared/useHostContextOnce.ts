import { useEffect, useState } from 'react';

export interface HostContextLoading {
  status: 'loading';
}

/**
 * Reads the host's context once (`view.getContext()`); @forge/bridge is loaded here, not at import, as
 * invokeClient does. `read` turns the context into what the surface needs and `unanswered` says what it
 * does when the host cannot answer. Both must be module-level functions: the context is read once.
 * Nothing in the context is a permission, only where to look: the resolvers check the caller.
 */
export function useHostContextOnce<S>(
  read: (context: unknown) => S,
  unanswered: (error: unknown) => S,
): S | HostContextLoading {
  const [state, setState] = useState<S | HostContextLoading>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    import('@forge/bridge')
      .then(({ view }) => view.getContext())
      .then(
        (context) => live && setState(read(context)),
        (error: unknown) => live && setState(unanswered(error)),
      );
    return () => {
      live = false;
    };
  }, [read, unanswered]);
  return state;
}
