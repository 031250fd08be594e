import { conflict } from '../domain/failure';

/**
 * Optimistic concurrency at the use-case edge: the client sends the version it read; if the record
 * moved on since, say so before doing any work. (The store re-checks atomically on write.)
 */
export function expectVersion(current: { version: number } | null, expected: number, what: string): void {
  const actual = current?.version ?? 0;
  if (actual !== expected) {
    throw conflict(
      `${what} changed since you loaded them (you have version ${expected}, the store has ${actual}). Reload and try again.`,
      'expectedVersion',
    );
  }
}
