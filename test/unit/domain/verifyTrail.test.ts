import {
  chainTrailEntry,
  GENESIS_HASH,
  hashTrailEntry,
  PREV_HASH_NOT_STORED,
  type TrailEntry,
} from '../../../src/domain/trail/trailEntry';
import { TrailVerifier, verifyTrail } from '../../../src/domain/trail/verifyTrail';

function chain(count: number): TrailEntry[] {
  const entries: TrailEntry[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const entry = chainTrailEntry(
      {
        seq,
        at: `2026-11-24T10:00:0${seq % 10}.000Z`,
        actor: `user-${seq % 3}`,
        action: seq === 1 ? 'create' : 'update',
        entityType: 'userRoles',
        entityId: 'u',
        entityVersion: seq,
        before: seq === 1 ? null : { roles: [`r${seq - 1}`] },
        after: { roles: [`r${seq}`] },
        reason: null,
      },
      prev,
    );
    entries.push(entry);
    prev = entry.hash;
  }
  return entries;
}

describe('verifyTrail', () => {
  it('accepts an untouched chain and reports its head', () => {
    const entries = chain(20);
    expect(verifyTrail(entries)).toEqual({ intact: true, entries: 20, lastSeq: 20, lastHash: entries[19]!.hash });
  });

  it('accepts an empty trail', () => {
    expect(verifyTrail([])).toEqual({ intact: true, entries: 0, lastSeq: 0, lastHash: GENESIS_HASH });
  });

  it('[P11.10a] [P11.10e] names an entry whose stored value was changed', () => {
    const entries = chain(10);
    entries[6] = { ...entries[6]!, after: { roles: ['programmeManager'] } };
    expect(verifyTrail(entries)).toMatchObject({ intact: false, entries: 6, firstBreak: { seq: 7, kind: 'tampered' } });
  });

  it('names an entry re-hashed after a change (its successor no longer links to it)', () => {
    const entries = chain(10);
    const forged = { ...entries[3]!, actor: 'mallory' };
    entries[3] = { ...forged, hash: hashTrailEntry(forged, forged.prevHash) };
    expect(verifyTrail(entries)).toMatchObject({ intact: false, firstBreak: { seq: 5, kind: 'chain' } });
  });

  it('[P11.10a] [P11.10e] names the missing sequence number when an entry was deleted', () => {
    const entries = chain(10);
    entries.splice(4, 1);
    expect(verifyTrail(entries)).toMatchObject({ intact: false, firstBreak: { seq: 5, kind: 'gap' } });
  });

  it('[P11.10a] [P11.10e] detects two entries swapped with their sequence numbers kept', () => {
    const entries = chain(10);
    const a = entries[2]!;
    const b = entries[5]!;
    entries[2] = { ...b, seq: 3 };
    entries[5] = { ...a, seq: 6 };
    expect(verifyTrail(entries)).toMatchObject({ intact: false, firstBreak: { seq: 3 } });
  });

  it('[A11.9] binds the reason: changing only the reason breaks the entry', () => {
    const entries = chain(3);
    entries[1] = { ...entries[1]!, reason: 'backdated' };
    expect(verifyTrail(entries)).toMatchObject({ intact: false, firstBreak: { seq: 2, kind: 'tampered' } });
  });

  describe('against the head anchored outside the database', () => {
    const anchorAt = (entries: TrailEntry[], seq: number) => ({
      head: { seq, hash: entries[seq - 1]!.hash },
      conflict: null,
    });

    it('[P11.10e] accepts a chain that reaches the anchor, or has grown past it', () => {
      const entries = chain(10);
      expect(verifyTrail(entries, anchorAt(entries, 10))).toMatchObject({ intact: true, lastSeq: 10 });
      expect(verifyTrail(entries, anchorAt(entries, 7))).toMatchObject({ intact: true, lastSeq: 10 });
    });

    it('[P11.10e] [A11.9] names a tail cut off after the anchored entry was written', () => {
      const entries = chain(10);
      expect(verifyTrail(entries.slice(0, 8), anchorAt(entries, 10))).toEqual({
        intact: false,
        entries: 8,
        firstBreak: {
          seq: 9,
          kind: 'cut',
          message: 'The trail ends at entry 8 but entry 10 was written: the entries after 8 were removed',
        },
        breaks: [expect.objectContaining({ kind: 'cut' })],
      });
    });

    it('[P11.10e] still sees a cut tail when the chain broke before it (from the stored head)', () => {
      const entries = chain(10);
      const verifier = new TrailVerifier(anchorAt(entries, 10));
      const cut = entries.slice(0, 8);
      cut[2] = { ...cut[2]!, actor: 'mallory' };
      for (const entry of cut) if (!verifier.push(entry)) break;
      const verdict = verifier.verdict({ storedHeadSeq: 8 });
      expect(verdict.intact ? [] : verdict.breaks.map((b) => [b.kind, b.seq])).toEqual([
        ['tampered', 3],
        ['cut', 9],
      ]);
    });

    it('[P11.10a] [A11.9] names a chain whose hashes were recomputed after a change', () => {
      const original = chain(6);
      const forged: TrailEntry[] = [];
      let prev = GENESIS_HASH;
      for (const entry of original) {
        const content = entry.seq === 2 ? { ...entry, actor: 'mallory' } : entry;
        const next = { ...content, prevHash: prev, hash: hashTrailEntry(content, prev) };
        forged.push(next);
        prev = next.hash;
      }
      expect(verifyTrail(forged)).toMatchObject({ intact: true });
      expect(verifyTrail(forged, anchorAt(original, 6))).toMatchObject({
        intact: false,
        firstBreak: { seq: 6, kind: 'rewritten' },
      });
    });

    it('[P11.10e] [A11.9] reports a number the anchor saw written twice with different hashes', () => {
      const entries = chain(4);
      const conflict = { seq: 3, anchoredHash: 'a'.repeat(64), laterHash: entries[2]!.hash };
      expect(verifyTrail(entries, { head: anchorAt(entries, 4).head, conflict })).toMatchObject({
        intact: false,
        firstBreak: {
          seq: 3,
          kind: 'rewritten',
          message:
            'Entry 3 was written twice with different content: the trail was cut back before it and written again',
        },
      });
    });
  });
});

describe('verifyTrail on entries that do not store their previous hash', () => {
  const unlinked = (entries: TrailEntry[]): TrailEntry[] =>
    entries.map((entry) => ({ ...entry, prevHash: PREV_HASH_NOT_STORED }));

  it('[P11.10e] chains each entry from the hash the entry before stores, beside older entries that store it', () => {
    const entries = chain(12);
    const mixed = [...entries.slice(0, 6), ...unlinked(entries.slice(6))];
    expect(verifyTrail(mixed)).toEqual({ intact: true, entries: 12, lastSeq: 12, lastHash: entries[11]!.hash });
  });

  it('[P11.10a] [A11.9] names the entry and the one before it when the one before was rewritten with its hash recomputed', () => {
    const entries = unlinked(chain(10));
    const forged = chainTrailEntry({ ...entries[4]!, actor: 'mallory' }, entries[3]!.hash);
    entries[4] = { ...forged, prevHash: PREV_HASH_NOT_STORED };
    expect(verifyTrail(entries)).toMatchObject({
      intact: false,
      entries: 5,
      firstBreak: {
        seq: 6,
        kind: 'tampered',
        message:
          'Entry 6 no longer matches its hash chained from entry 5: entry 6, or entry 5 before it, was altered after it was written',
      },
    });
  });

  it('[P11.10a] names an altered entry the same way, and still an altered entry that stores its link plainly', () => {
    const entries = chain(10);
    const mixed = [...entries.slice(0, 5), ...unlinked(entries.slice(5))];
    mixed[6] = { ...mixed[6]!, actor: 'mallory' };
    expect(verifyTrail(mixed)).toMatchObject({ firstBreak: { seq: 7, kind: 'tampered' } });
    mixed[6] = { ...unlinked([entries[6]!])[0]!, actor: 'mallory' };
    expect((verifyTrail(mixed) as { firstBreak: { message: string } }).firstBreak.message).toContain(
      'entry 6 before it',
    );
    const stored = [...entries];
    stored[2] = { ...stored[2]!, actor: 'mallory' };
    expect(verifyTrail(stored)).toMatchObject({
      firstBreak: {
        seq: 3,
        kind: 'tampered',
        message: 'Entry 3 was altered after it was written: its content no longer matches its hash',
      },
    });
  });

  it('[P11.10a] still names a stored previous hash that disagrees as a broken link', () => {
    const entries = [...unlinked(chain(6))];
    entries[3] = { ...entries[3]!, prevHash: 'f'.repeat(64) };
    expect(verifyTrail(entries)).toMatchObject({
      firstBreak: {
        seq: 4,
        kind: 'chain',
        message: 'Entry 4 does not follow entry 3: its previous-hash link differs',
      },
    });
  });

  it('[P11.10a] resumes from a proven position with nothing stored to chain from but that position', () => {
    const entries = unlinked(chain(10));
    const verifier = new TrailVerifier(undefined, { seq: 5, hash: entries[4]!.hash });
    for (const entry of entries.slice(5)) expect(verifier.push(entry)).toBe(true);
    expect(verifier.verdict()).toMatchObject({ intact: true, entries: 10, lastHash: entries[9]!.hash });
    const wrong = new TrailVerifier(undefined, { seq: 5, hash: entries[3]!.hash });
    expect(wrong.push(entries[5]!)).toBe(false);
    expect(wrong.firstBreak()).toMatchObject({ seq: 6, kind: 'tampered' });
  });
});
