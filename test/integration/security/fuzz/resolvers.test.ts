import { resolverContract } from '../../../../src/contract/resolvers';
import { describeViolations, fuzzResolvers, fuzzSeed, type FuzzReport } from '../../../support/fuzz/fuzzEngine';
import { fuzzWorld, type FuzzWorld } from '../../../support/fuzz/fuzzWorld';

/**
 * Every resolver of the contract, fuzzed from its own zod input: at least 1,000 payloads each
 * (FUZZ_RUNS to change; FUZZ_SEED to explore beyond the fixed seed CI uses). The run is one pass
 * in beforeAll; each invariant is its own test so a failure names which one broke.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
// Generous: about two minutes on a quiet two-core machine; several times that when it is shared.
jest.setTimeout(900_000);

let world: FuzzWorld;
let report: FuzzReport;

beforeAll(async () => {
  world = await fuzzWorld();
  report = await fuzzResolvers(world, {
    seed: fuzzSeed(),
    runs: RUNS,
    noRoleRuns: Math.ceil(RUNS / 20),
    deepCap: Number(process.env.FUZZ_DEEP ?? 40),
  });
});
afterAll(() => world?.close());

describe('every resolver of the contract, fuzzed from its own input schema', () => {
  it('[P11.10a] sends at least the planned number of payloads to every resolver', () => {
    const resolvers = Object.keys(resolverContract).length;
    expect(report.payloads).toBeGreaterThanOrEqual(RUNS * resolvers);
    // Some payloads must get past parsing, or the fuzz would only be testing zod.
    expect(report.reachedUseCase).toBeGreaterThan(resolvers * 10);
  });

  it('[P11.10a] answers every payload with a typed result, never an unhandled error', () => {
    const unhandled = report.violations.filter((v) => v.problem === 'unhandled' || v.problem === 'not a typed result');
    expect(unhandled.length === 0 ? 'none' : describeViolations({ ...report, violations: unhandled })).toBe('none');
  });

  it('[P11.10a] [A11.12] changes nothing when it refuses a payload (store, trail, secrets, KVS, queue, Jira)', () => {
    const changed = report.violations.filter((v) => v.problem === 'rejected but changed state');
    expect(changed.length === 0 ? 'none' : describeViolations({ ...report, violations: changed })).toBe('none');
  });

  it('[P11.10d] [P11.10g] refuses every payload from a signed-in caller with no role, except where anyone may call', () => {
    const unrefused = report.violations.filter((v) => v.problem === 'no role, not refused');
    expect(unrefused.length === 0 ? 'none' : describeViolations({ ...report, violations: unrefused })).toBe('none');
  });

  it('[P11.10a] [P11.10c] leaves a trail that still verifies end to end', () => {
    expect({ seed: report.seed, intact: report.trailIntact }).toEqual({ seed: report.seed, intact: true });
  });
});
