import { useHostContextOnce } from './useHostContextOnce';

/** Where the host shows this surface: which module, and for a space page, which space. */
export interface HostPlace {
  moduleKey: string | null;
  /** The Confluence space of a `confluence:spacePage`; null everywhere else. */
  spaceKey: string | null;
}

export type HostPlaceState = { status: 'loading' } | { status: 'ok'; place: HostPlace };

const nowhere: HostPlace = { moduleKey: null, spaceKey: null };

function placeOf(context: unknown): HostPlace {
  if (typeof context !== 'object' || context === null) return nowhere;
  const { moduleKey, extension } = context as { moduleKey?: unknown; extension?: unknown };
  const space =
    typeof extension === 'object' && extension !== null ? (extension as { space?: unknown }).space : undefined;
  const spaceKey =
    typeof space === 'object' && space !== null && typeof (space as { key?: unknown }).key === 'string'
      ? (space as { key: string }).key
      : null;
  return { moduleKey: typeof moduleKey === 'string' ? moduleKey : null, spaceKey };
}

const onPlace = (context: unknown): HostPlaceState => ({ status: 'ok', place: placeOf(context) });
const onNowhere = (): HostPlaceState => ({ status: 'ok', place: nowhere });

/**
 * Where the host shows this surface, so one bundle can serve a global page and a space page. When
 * the host cannot answer, the surface behaves as a global page.
 */
export function useHostPlace(): HostPlaceState {
  return useHostContextOnce(onPlace, onNowhere);
}
