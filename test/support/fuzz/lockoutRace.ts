import { dispatch } from '../../../src/entry/dispatch';
import { runAs } from '../../../sandbox/platform/invocation';
import { everyRole, fuzzWorld, type FuzzWorld } from './fuzzWorld';

/**
 * The lockout under a race (Part 11 §11.300(d)): `n` wrong passphrases for one signing, sent one
 * after another in one world and all at once in an identical other. Every attempt must be kept and
 * counted, and the two worlds must end the same: the same answers, the same attempt outcomes, the
 * same signing status. Shared by the concurrency suite and the `security` bench.
 */
export interface LockoutRace {
  attemptsMade: number;
  /** Attempt records the parallel world kept for those requests. */
  attemptsCounted: number;
  sequential: LockoutEnd;
  parallel: LockoutEnd;
}

interface LockoutEnd {
  answers: string[];
  outcomes: string[];
  status: unknown;
}

const wrongSigning = (i: number) => ({
  recordType: 'programmeSettings',
  recordId: 'programme',
  recordVersion: 1,
  meaning: 'approved',
  passphrase: `not the passphrase ${i}`,
});

async function attempt(world: FuzzWorld, i: number): Promise<string> {
  const answer = (await runAs(everyRole, () =>
    dispatch('signRecord', wrongSigning(i), everyRole, async () => world.servicesFor(everyRole)),
  )) as { ok: boolean; error?: { code: string } };
  return answer.ok ? 'ok' : answer.error!.code;
}

async function race(n: number, parallel: boolean): Promise<LockoutEnd & { counted: number }> {
  const world = await fuzzWorld();
  try {
    const since = await world.services.trail.headSeq();
    const answers = parallel
      ? await Promise.all(Array.from({ length: n }, (_, i) => attempt(world, i)))
      : await (async () => {
          const all: string[] = [];
          for (let i = 0; i < n; i += 1) all.push(await attempt(world, i));
          return all;
        })();
    const written = await world.services.trail.entries({ afterSeq: since, limit: 10_000 });
    // One attempt record per attempt, however many trail entries its writing took.
    const attempts = [
      ...new Map(
        written.filter((entry) => entry.entityType === 'signingAttempt').map((entry) => [entry.entityId, entry]),
      ).values(),
    ];
    const outcomes = await Promise.all(
      attempts.map(async (entry) => {
        const stored = await world.services.store.get('signingAttempt' as never, entry.entityId);
        return String((stored?.record as { outcome?: string } | undefined)?.outcome ?? 'unknown');
      }),
    );
    const status = await runAs(everyRole, () =>
      dispatch('getSigningStatus', {}, everyRole, async () => world.servicesFor(everyRole)),
    );
    // An attempt may leave a record when the passphrase arrives ('passphraseGiven') and another
    // with its verdict; the verdicts are what the lockout counts.
    const verdicts = outcomes.filter((outcome) => outcome !== 'passphraseGiven').sort();
    return {
      answers: [...answers].sort(),
      outcomes: verdicts,
      status,
      counted: verdicts.filter((outcome) => outcome === 'wrongPassphrase' || outcome === 'locked').length,
    };
  } finally {
    await world.close();
  }
}

export async function lockoutRace(n: number): Promise<LockoutRace> {
  const { counted: _s, ...sequential } = await race(n, false);
  const { counted, ...parallel } = await race(n, true);
  return { attemptsMade: n, attemptsCounted: counted, sequential, parallel };
}
