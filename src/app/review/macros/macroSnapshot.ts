import { createHash } from 'node:crypto';
import type { MacroData } from '../../../contract/review';
import type { MacroKind } from '../../../domain/review/macroKinds';
import { canonicalJson } from '../../../domain/trail/canonicalJson';
import type { SnapshotStore } from '../../../ports/snapshots';

/**
 * A macro's last figures as kept in KVS: the answer, and the audit-trail head it was computed at.
 * Every change to the store moves the head, so a snapshot with the current head is still true.
 */
export interface MacroSnapshot {
  stamp: number;
  data: MacroData;
}

/**
 * How long a snapshot may stand in for a computation even when nothing changed: figures that
 * depend on today (overdue, ageing) move with the clock, and a write that crashed before its row
 * and was rolled forward later moves no head. Fifteen minutes bounds both.
 */
export const snapshotFreshMinutes = 15;

/** Where a macro's last figures are kept: one key per macro kind and config. */
export function snapshotKey(macro: MacroKind, config: unknown): string {
  const hash = createHash('sha256')
    .update(canonicalJson(config ?? {}))
    .digest('hex')
    .slice(0, 32);
  return `review-macro:${macro}:${hash}`;
}

/** The macro's snapshot, or null when there is none, it is not one, or KVS cannot be read now. */
export async function readSnapshot(
  snapshots: SnapshotStore,
  macro: MacroKind,
  config: unknown,
): Promise<MacroSnapshot | null> {
  return snapshotOf(await snapshots.get(snapshotKey(macro, config)).catch(() => undefined), macro);
}

function snapshotOf(value: unknown, macro: MacroKind): MacroSnapshot | null {
  if (typeof value !== 'object' || value === null) return null;
  const snapshot = value as { stamp?: unknown; data?: { status?: unknown; macro?: unknown } };
  if (typeof snapshot.stamp !== 'number' || typeof snapshot.data !== 'object' || snapshot.data === null) return null;
  const { status, macro: kind } = snapshot.data;
  return (status === 'ready' || status === 'unavailable') && kind === macro ? (value as MacroSnapshot) : null;
}

/** Computed less than `snapshotFreshMinutes` ago (an answer with no figures is never reused). */
export function isFresh(data: MacroData, now: Date): boolean {
  if (data.status !== 'ready') return false;
  const age = now.getTime() - Date.parse(data.computedAt);
  return age >= 0 && age <= snapshotFreshMinutes * 60_000;
}
