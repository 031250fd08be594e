import { demoUsers } from '../../../sandbox/site/users';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';

const admin = demoUsers.find((u) => u.siteAdmin)!.accountId;
const settings = {
  organisationName: 'Helix Biologics',
  cycleLengthMonths: 24,
  cycleStart: '2026-04-01',
  timeZone: 'Europe/Dublin',
  workingDays: [1, 2, 3, 4, 5],
};

/**
 * The unmodified app on the sandbox with Forge SQL's limits: a statement that runs past its
 * time limit reaches the user as the app's normal storage error (the resolver fails and the
 * platform logs it), and the refused write leaves the store and its trail as they were.
 * Statement times come from a clock the test controls: 20 ms a read, or 6 s once "slow".
 */
describe("the app meeting Forge SQL's time limit", () => {
  let slow = false;
  let now = 0;
  // Migrations on a fresh install send 54 DDL requests, over Forge's 25 a minute: this test is
  // about statement time, so it lifts only that rate (pacing migrations is a separate change).
  const platform = new SandboxPlatform({
    sqliteFile: ':memory:',
    sqlLimits: { ddlPerMinute: 1_000, monotonicNow: () => (now += slow ? 6_000 : 20) },
  });
  afterAll(async () => {
    expect(platform.violations).toEqual([]);
    await platform.close();
  });

  const trailLength = async () =>
    Number(((await platform.sql.execute('SELECT COUNT(*) AS n FROM audit_trail', [])).rows as { n: number }[])[0]!.n);

  it('answers a timed-out statement as a storage error and keeps the store unchanged', async () => {
    await platform.invoke('getSession', {}, admin);
    const entries = await trailLength();
    slow = true;
    await expect(
      platform.invoke('updateProgrammeSettings', { settings, expectedVersion: 0 }, admin),
    ).rejects.toMatchObject({ code: 'QUERY_TIMED_OUT' });
    slow = false;
    expect(await trailLength()).toBe(entries);
    const read = (await platform.invoke('getProgrammeSettings', {}, admin)) as { value: { version: number } };
    expect(read.value.version).toBe(0);
    expect(platform.sqlLimits.figures().limitHits).toEqual({ selectTimeoutMs: 1 });
  }, 120_000);
});
