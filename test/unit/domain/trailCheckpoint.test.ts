import { laterOf, noCheckpoint, type TrailCheckpoint } from '../../../src/domain/trail/checkpoint';
import { EMPTY_LIVE_RECORDS, LiveRecordDigest } from '../../../src/domain/trail/liveRecords';
import { chainTrailEntry, GENESIS_HASH, type TrailEntry } from '../../../src/domain/trail/trailEntry';
import { progressOf, type TrailVerificationJob } from '../../../src/domain/trail/verificationJob';
import { TrailVerifier } from '../../../src/domain/trail/verifyTrail';

function chain(count: number): TrailEntry[] {
  const entries: TrailEntry[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const entry = chainTrailEntry(
      {
        seq,
        at: '2026-11-24T10:00:00.000Z',
        actor: 'user-1',
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

describe('the fingerprint of live record versions', () => {
  it('follows the trail: a create adds, an update swaps, a delete removes', () => {
    const fromTrail = new LiveRecordDigest();
    fromTrail.apply({ action: 'create', entityType: 'finding', entityId: 'f1', entityVersion: 1 });
    fromTrail.apply({ action: 'update', entityType: 'finding', entityId: 'f1', entityVersion: 2 });
    fromTrail.apply({ action: 'create', entityType: 'finding', entityId: 'f2', entityVersion: 1 });
    fromTrail.apply({ action: 'delete', entityType: 'finding', entityId: 'f2', entityVersion: 2 });
    const stored = new LiveRecordDigest();
    stored.toggle('finding', 'f1', 2);
    expect(fromTrail.hex).toBe(stored.hex);
  });

  it('differs when a record is missing, set back or put back', () => {
    const expected = new LiveRecordDigest();
    expected.toggle('finding', 'f1', 3);
    expected.toggle('audit', 'a1', 1);
    const setBack = new LiveRecordDigest();
    setBack.toggle('finding', 'f1', 2);
    setBack.toggle('audit', 'a1', 1);
    const missing = new LiveRecordDigest();
    missing.toggle('finding', 'f1', 3);
    const putBack = new LiveRecordDigest(expected.hex);
    putBack.toggle('finding', 'f9', 4);
    for (const damaged of [setBack, missing, putBack]) expect(damaged.hex).not.toBe(expected.hex);
    expect(new LiveRecordDigest().hex).toBe(EMPTY_LIVE_RECORDS);
  });

  it('refuses a digest that is not 64 hex digits', () => {
    expect(() => new LiveRecordDigest('zz')).toThrow(/64 hex digits/);
  });
});

describe('a walk resumed from a proven position', () => {
  it('checks only the entries after it and counts the ones before as verified', () => {
    const entries = chain(10);
    const verifier = new TrailVerifier(undefined, { seq: 6, hash: entries[5]!.hash });
    for (const entry of entries.slice(6)) expect(verifier.push(entry)).toBe(true);
    expect(verifier.verdict()).toEqual({ intact: true, entries: 10, lastSeq: 10, lastHash: entries[9]!.hash });
    expect(verifier.position()).toEqual({ seq: 10, hash: entries[9]!.hash });
  });

  it('[P11.10e] [A11.9] names a pinned entry that no longer carries the hash it was verified with', () => {
    const entries = chain(5);
    const pinned = { seq: 3, hash: 'f'.repeat(64), verifiedAt: '2026-11-20T08:00:00.000Z' };
    const verifier = new TrailVerifier(undefined, { seq: 2, hash: entries[1]!.hash }, [pinned]);
    expect(verifier.push(entries[2]!)).toBe(false);
    expect(verifier.verdict()).toMatchObject({
      intact: false,
      firstBreak: {
        seq: 3,
        kind: 'rewritten',
        message:
          'Entry 3 is not the entry verified on 2026-11-20T08:00:00.000Z: the trail up to it was rewritten and its hashes recomputed',
      },
    });
  });

  it('names a link that does not follow the position it resumed from', () => {
    const entries = chain(5);
    const verifier = new TrailVerifier(undefined, { seq: 2, hash: 'e'.repeat(64) });
    expect(verifier.push(entries[2]!)).toBe(false);
    expect(verifier.firstBreak()).toMatchObject({ seq: 3, kind: 'chain' });
  });
});

describe('keeping the checkpoint further along', () => {
  const at = (seq: number, fullyVerifiedAt: string | null): TrailCheckpoint => ({
    ...noCheckpoint,
    seq,
    hash: 'a'.repeat(64),
    verifiedAt: '2026-11-24T10:00:00.000Z',
    fullyVerifiedAt,
  });

  it('keeps the later one, and a full run that finished behind it still counts for it', () => {
    expect(laterOf(null, at(5, null))).toEqual(at(5, null));
    expect(laterOf(at(5, null), at(9, null))).toEqual(at(9, null));
    expect(laterOf(at(9, '2026-11-01T00:00:00.000Z'), at(5, '2026-11-24T11:00:00.000Z'))).toEqual(
      at(9, '2026-11-24T11:00:00.000Z'),
    );
    expect(laterOf(at(9, '2026-11-24T11:00:00.000Z'), at(5, null))).toEqual(at(9, '2026-11-24T11:00:00.000Z'));
  });
});

describe('a full re-verification job as the trail page shows it', () => {
  const job: TrailVerificationJob = {
    jobId: 'trailcheck_1',
    requestedBy: 'acct-1',
    requestedAt: '2026-11-24T10:00:00.000Z',
    updatedAt: '2026-11-24T10:01:00.000Z',
    phase: 'chain',
    targetSeq: 2_000_000,
    position: { seq: 500_000, hash: 'a'.repeat(64) },
    liveRecords: EMPTY_LIVE_RECORDS,
    chunk: 3,
    verdict: null,
  };

  it('counts entries re-hashed against the head it started from, and 100% only when done', () => {
    expect(progressOf(job)).toMatchObject({ checked: 500_000, of: 2_000_000, percent: 25, chunks: 3 });
    const walked = { ...job, phase: 'records' as const, position: { ...job.position, seq: 2_000_010 } };
    expect(progressOf(walked)).toMatchObject({ checked: 2_000_010, of: 2_000_010, percent: 99 });
    expect(progressOf({ ...walked, phase: 'done' })).toMatchObject({ percent: 100 });
  });
});
