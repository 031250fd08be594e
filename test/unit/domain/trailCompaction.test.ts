import fc from 'fast-check';
import { entityTables } from '../../../src/adapters/sql/entityTables';
import { rowToTrailEntry, trailEntryToRow } from '../../../src/adapters/sql/trailRows';
import { canonicalJson } from '../../../src/domain/trail/canonicalJson';
import {
  FULL_EVERY,
  rebuildEntries,
  storedValuesOf,
  versionsToRebuild,
} from '../../../src/domain/trail/trailCompaction';
import { applyDelta, diffRecords, isStoredDelta, recordDigest } from '../../../src/domain/trail/trailDelta';
import { chainTrailEntry, GENESIS_HASH, type TrailAction, type TrailEntry } from '../../../src/domain/trail/trailEntry';
import { verifyTrail } from '../../../src/domain/trail/verifyTrail';
import type { EntityName } from '../../../src/ports/entities';
import { arbitraryFromSchema, jsonSchemaOf } from '../../support/fuzz/schemaArbitrary';

/**
 * Compact trail entries (issue 17): an update stores its changes, never the record twice; every
 * reader still gets the whole record back, and the chain proves what is stored.
 */

const same = (a: unknown, b: unknown) => expect(canonicalJson(a)).toBe(canonicalJson(b));

describe('diffRecords and applyDelta', () => {
  const kinds = Object.keys(entityTables) as EntityName[];

  it.each(kinds)('rebuild any %s record from any other by its delta', (kind) => {
    const records = arbitraryFromSchema(jsonSchemaOf(entityTables[kind].schema), {
      knownIds: ['area_1', 'finding_1', 'acct-1'],
    });
    fc.assert(
      fc.property(records, records, (before, after) => {
        same(applyDelta(before, diffRecords(before, after)), after);
      }),
      { numRuns: 25 },
    );
  });

  it('stores one changed member as one small change', () => {
    const before = { state: 'open', owner: 'a', items: [{ done: false }, { done: false }], note: null };
    const after = { state: 'open', owner: 'a', items: [{ done: false }, { done: true }], note: null };
    expect(diffRecords(before, after)).toEqual([[['items', 1, 'done'], true]]);
    expect(diffRecords(before, { ...before, note: 'n', extra: 1 })).toEqual([
      [['extra'], 1],
      [['note'], 'n'],
    ]);
    const { owner: _gone, ...withoutOwner } = before;
    expect(diffRecords(before, withoutOwner)).toEqual([[['owner']]]);
    same(applyDelta(before, diffRecords(before, withoutOwner)), withoutOwner);
  });

  it('keeps null members apart from missing ones, and arrays of a new length whole', () => {
    same(applyDelta({ a: 1 }, diffRecords({ a: 1 }, { a: null })), { a: null });
    expect(diffRecords({ list: [1, 2] }, { list: [1, 2, 3] })).toEqual([[['list'], [1, 2, 3]]]);
  });

  it('sets a member named __proto__ as a member', () => {
    const after = JSON.parse('{"a":1,"__proto__":{"polluted":true}}') as unknown;
    const rebuilt = applyDelta({ a: 1 }, diffRecords({ a: 1 }, after)) as Record<string, unknown>;
    same(rebuilt, after);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(rebuilt)).toBe(Object.prototype);
    expect(() => applyDelta({ a: 1 }, [[['__proto__', 'polluted'], true]])).toThrow(/does not lead into the record/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses in words a delta that does not fit the record', () => {
    expect(() => applyDelta({ a: 1 }, [[['b', 'c'], 1]])).toThrow(/does not lead into the record/);
  });
});

/** A record's history written the way the store writes it: each entry chained, stored compactly. */
function history(versions: number, start: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH }) {
  const entries: TrailEntry[] = [];
  let prev = start.hash;
  let record: Record<string, unknown> = { title: 'Access review', state: 'open', checklist: ['a', 'b', 'c'], n: 0 };
  for (let version = 1; version <= versions; version += 1) {
    const before = version === 1 ? null : record;
    const after =
      version === 1
        ? record
        : {
            ...record,
            n: version,
            checklist: version % 5 === 0 ? [...(record.checklist as string[]), 'x'] : record.checklist,
          };
    const action: TrailAction = version === 1 ? 'create' : 'update';
    const stored = storedValuesOf(action, version, before, after);
    const entry = chainTrailEntry(
      {
        seq: start.seq + version,
        at: `2026-11-24T10:00:00.000Z`,
        actor: 'acct-1',
        action,
        entityType: 'audit',
        entityId: 'audit_1',
        entityVersion: version,
        before,
        after,
        reason: null,
        ...(stored ? { stored } : {}),
      },
      prev,
    );
    entries.push(entry);
    prev = entry.hash;
    record = after;
  }
  return entries;
}

/** What reading the rows back gives before any rebuilding. */
const asRead = (entries: TrailEntry[]) => entries.map((entry) => rowToTrailEntry(trailEntryToRow(entry) as never));

describe('compact entries', () => {
  it('store an update as its changes with a digest, the whole record every FULL_EVERY versions', () => {
    const entries = history(FULL_EVERY + 2);
    const row = trailEntryToRow(entries[2]!);
    expect(row.before_json).toBeNull();
    const stored = JSON.parse(row.after_json!) as unknown;
    expect(isStoredDelta(stored)).toBe(true);
    expect(stored).toEqual({ $d: [[['n'], 3]], $h: recordDigest(entries[2]!.after) });
    const full = trailEntryToRow(entries[FULL_EVERY]!);
    expect(full.before_json).toBeNull();
    expect(JSON.parse(full.after_json!)).toEqual(entries[FULL_EVERY]!.after);
  });

  it('are rebuilt whole from any page of the trail, with the earlier versions they name', () => {
    const written = history(100);
    const read = asRead(written);
    for (const [from, to] of [
      [0, 100],
      [40, 41],
      [63, 90],
      [99, 100],
    ] as const) {
      const page = read.slice(from, to);
      const ranges = versionsToRebuild(page);
      for (const range of ranges) expect(range.toVersion - range.fromVersion).toBeLessThan(FULL_EVERY);
      const needed = read.filter((e) =>
        ranges.some((r) => e.entityVersion >= r.fromVersion && e.entityVersion <= r.toVersion),
      );
      rebuildEntries(page, needed).forEach((entry, i) => {
        same(entry.before, written[from + i]!.before);
        same(entry.after, written[from + i]!.after);
      });
    }
  });

  it('verify beside entries stored whole, and a changed compact entry is named', () => {
    // Entries written before compaction: both values whole, no stored form.
    const relinked: TrailEntry[] = [];
    let prev = GENESIS_HASH;
    for (const { stored: _stored, ...entry } of history(5)) {
      const chained = chainTrailEntry(entry, prev);
      relinked.push(chained);
      prev = chained.hash;
    }
    const newer = history(8)
      .slice(5)
      .map((e) => ({ ...e, entityId: 'audit_2' }));
    const mixed = [...relinked];
    for (const entry of newer) {
      const chained = chainTrailEntry({ ...entry, seq: mixed.length + 1 }, prev);
      mixed.push(chained);
      prev = chained.hash;
    }
    const read = asRead(mixed);
    expect(read.slice(0, 5).every((e) => !e.stored)).toBe(true);
    expect(read.slice(5).every((e) => e.stored)).toBe(true);
    expect(verifyTrail(read)).toMatchObject({ intact: true, entries: 8 });

    const row = trailEntryToRow(mixed[6]!);
    const altered = rowToTrailEntry({ ...row, after_json: row.after_json!.replace('"n"],7', '"n"],70') } as never);
    const tampered = [...read.slice(0, 6), altered, ...read.slice(7)];
    expect(verifyTrail(tampered)).toMatchObject({ intact: false, firstBreak: { seq: 7, kind: 'tampered' } });
  });
});
