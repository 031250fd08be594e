import { resolverContract } from '../../../src/contract/resolvers';
import { fuzzResolvers, fuzzSeed } from '../../support/fuzz/fuzzEngine';
import { fuzzWorld } from '../../support/fuzz/fuzzWorld';
import { lockoutRace } from '../../support/fuzz/lockoutRace';
import { tamperCase } from './securityTamper';
import type { Bench } from '../benchTypes';

const RUNS = 1000;
const ms = (started: bigint) => Math.round(Number(process.hrtime.bigint() - started) / 1e6);

/**
 * Issue 14's figures: the contract fuzz (the same engine as the security suite), twenty parallel
 * wrong passphrases, and the tamper detection case. Goals: 1,000 payloads per resolver, nothing
 * unhandled, no refused payload that changed anything, every attempt counted, every tamper found.
 */
export const securityBench: Bench = {
  name: 'security',
  description: 'contract fuzz of every resolver, lockout under a race, tamper detection',
  async run(report) {
    const figure = (name: string, metric: string, value: number, unit: string, limit: number | null, atLeast = false) =>
      report({ bench: 'security', case: name, metric, value, unit, limit, ...(atLeast ? { atLeast } : {}) });

    const resolvers = Object.keys(resolverContract).length;
    const world = await fuzzWorld();
    try {
      const started = process.hrtime.bigint();
      const fuzz = await fuzzResolvers(world, { seed: fuzzSeed(), runs: RUNS, noRoleRuns: RUNS / 20, deepCap: 40 });
      figure('fuzz', 'payloads', fuzz.payloads, 'payloads', RUNS * resolvers, true);
      figure('fuzz', 'reachedUseCase', fuzz.reachedUseCase, 'payloads', null);
      figure('fuzz', 'unhandled', fuzz.unhandled, 'answers', 0);
      figure('fuzz', 'stateChangesOnRejected', fuzz.stateChangesOnRejected, 'answers', 0);
      figure('fuzz', 'trailIntact', fuzz.trailIntact ? 1 : 0, 'bool', 1, true);
      figure('fuzz', 'elapsedMs', ms(started), 'ms', null);
    } finally {
      await world.close();
    }

    const race = await lockoutRace(20);
    figure('lockout-parallel-20', 'attemptsMade', race.attemptsMade, 'attempts', null);
    figure('lockout-parallel-20', 'attemptsCounted', race.attemptsCounted, 'attempts', race.attemptsMade, true);
    figure(
      'lockout-parallel-20',
      'endsAsSequential',
      JSON.stringify(race.parallel) === JSON.stringify(race.sequential) ? 1 : 0,
      'bool',
      1,
      true,
    );

    const tamper = await tamperCase();
    figure('tamper', 'tamperTried', tamper.tamperTried, 'tamperings', null);
    figure('tamper', 'tamperDetected', tamper.tamperDetected, 'tamperings', tamper.tamperTried, true);
  },
};
