import { chainTrailEntry, GENESIS_HASH, hashTrailEntry, type TrailEntry } from '../../../src/domain/trail/trailEntry';
import { verifyTrail } from '../../../src/domain/trail/verifyTrail';

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
});
