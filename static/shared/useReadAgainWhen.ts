import { useEffect, useRef } from 'react';

/**
 * Reads again when `key` moves: another tab changed records this one shows, or the record this
 * read hangs on changed. Not on mount: the query has just read.
 */
export function useReadAgainWhen(key: string | number, readAgain: () => void): void {
  const seen = useRef(key);
  // The latest callback, so a caller may pass a fresh closure each render without reading again.
  const latest = useRef(readAgain);
  latest.current = readAgain;
  useEffect(() => {
    if (seen.current === key) return;
    seen.current = key;
    latest.current();
  }, [key]);
}
