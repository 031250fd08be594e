import { createHash } from 'node:crypto';
import type { MacroData } from '../../../contract/review';
import type { MacroKind } from '../../../domain/review/macroKinds';
import { canonicalJson } from '../../../domain/trail/canonicalJson';
import type { AuditTrail } from '../../../ports/auditTrail';
import type { SnapshotStore } from '../../../ports/snapshots';

/**
 * A macro's last figures as kept in KVS: the answer, the audit-trail head it was computed at, the
 * record types the computation read, and when it was written. Every change to the store moves the
 * head and names its record type in the trail, so a snapshot is still true while no entry after its
 * head changed a type it read (see `stillHolds`); one older than `snapshotFreshMinutes` is treated
 * as absent whatever it says. `reads` null (or missing, as in snapshots kept before it existed):
 * true only at its own head.
 */
export interface MacroSnapshot {
  stamp: number;
  writtenAt: string;
  data: MacroData;
  reads?: string[] | null;
}

/**
 * How long a snapshot may stand in for a computation even when nothing changed: figures that
 * depend on today (overdue, ageing) move with the clock, and a write that crashed before its row
 * and was rolled forward later moves no head. Fifteen minutes bounds both. KVS is also told to
 * drop a snapshot after that long, so the ones nobody reads again do not pile up.
 */
export const snapshotFreshMinutes = 15;

/** A config that passed its macro's own checks: the only kind a snapshot is keyed by. */
export interface ValidMacroConfig {
  ok: true;
  config: unknown;
}

/**
 * Where a macro's last figures are kept: one key per macro kind and validated config (its parsed
 * form, so blanks and spellings that mean the same share one). A config that does not parse has
 * no key, so junk can never be stored, and a key only ever answers for the config it was hashed from.
 */
export function snapshotKey(macro: MacroKind, valid: ValidMacroConfig): string {
  const hash = createHash('sha256').update(canonicalJson(valid.config)).digest('hex').slice(0, 32);
  return `review-macro:${macro}:${hash}`;
}

/**
 * The macro's snapshot, or null when there is none, it is not one, it was written too long ago
 * (or in the future), or KVS cannot be read now.
 */
export async function readSnapshot(
  snapshots: SnapshotStore,
  macro: MacroKind,
  valid: ValidMacroConfig,
  now: Date,
): Promise<MacroSnapshot | null> {
  return snapshotOf(await snapshots.get(snapshotKey(macro, valid)).catch(() => undefined), macro, now);
}

/** Keeps figures as the macro's snapshot; an answer with no figures is never kept (never reused). */
export async function writeSnapshot(
  snapshots: SnapshotStore,
  macro: MacroKind,
  valid: ValidMacroConfig,
  snapshot: { stamp: number; data: MacroData; reads?: readonly string[] | null },
  now: Date,
): Promise<void> {
  if (snapshot.data.status !== 'ready') return;
  const value: MacroSnapshot = {
    stamp: snapshot.stamp,
    writtenAt: now.toISOString(),
    data: snapshot.data,
    reads: snapshot.reads ? [...snapshot.reads] : null,
  };
  await snapshots.set(snapshotKey(macro, valid), value, { expiresInSeconds: snapshotFreshMinutes * 60 });
}

function snapshotOf(value: unknown, macro: MacroKind, now: Date): MacroSnapshot | null {
  if (typeof value !== 'object' || value === null) return null;
  const snapshot = value as { stamp?: unknown; writtenAt?: unknown; data?: { status?: unknown; macro?: unknown } };
  if (typeof snapshot.stamp !== 'number' || typeof snapshot.data !== 'object' || snapshot.data === null) return null;
  if (typeof snapshot.writtenAt !== 'string' || !withinFreshWindow(Date.parse(snapshot.writtenAt), now)) return null;
  const { status, macro: kind } = snapshot.data;
  if ((status !== 'ready' && status !== 'unavailable') || kind !== macro) return null;
  return { ...(value as MacroSnapshot), reads: readsOf((value as { reads?: unknown }).reads) };
}

/** The record types a snapshot says it read; anything else than a list of names counts as unknown. */
const readsOf = (reads: unknown): string[] | null =>
  Array.isArray(reads) && reads.every((name) => typeof name === 'string') ? (reads as string[]) : null;

/**
 * Whether a snapshot's figures still hold at trail head `head`: at its own head always; after it,
 * when no entry since changed a record type the computation read (one small trail read, which
 * also counts an interrupted write's entry as a change). Figures whose reads are unknown, a head
 * that went backwards, or a trail that cannot be read now: not proven, so computed again.
 */
export async function stillHolds(
  trail: AuditTrail,
  snapshot: Pick<MacroSnapshot, 'stamp' | 'reads'>,
  head: number,
): Promise<boolean> {
  if (snapshot.stamp === head) return true;
  if (snapshot.stamp > head || !snapshot.reads) return false;
  const read = new Set(snapshot.reads);
  try {
    const changed = await trail.entityTypesChanged({ afterSeq: snapshot.stamp, throughSeq: head });
    return !changed.some((entity) => read.has(entity));
  } catch {
    return false;
  }
}

/** Written at most `snapshotFreshMinutes` before `now` (and not after it). */
export const withinFreshWindow = (at: number, now: Date): boolean => {
  const age = now.getTime() - at;
  return age >= 0 && age <= snapshotFreshMinutes * 60_000;
};

/** Computed less than `snapshotFreshMinutes` ago (an answer with no figures is never reused). */
export function isFresh(data: MacroData, now: Date): boolean {
  return data.status === 'ready' && withinFreshWindow(Date.parse(data.computedAt), now);
}
