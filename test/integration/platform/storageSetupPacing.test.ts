import { demoUsers } from '../../../sandbox/site/users';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';

const admin = demoUsers.find((u) => u.siteAdmin)!.accountId;
type Answer = { ok: boolean; error?: { code: string; message: string } };

/**
 * A fresh install under Forge SQL's real schema-change rate (25 DDL requests a minute): its
 * storage takes more than one minute's allowance, so the first calls answer "try again in a
 * minute" in words, each carries the setup on from where it paused, and the app works once it is
 * done. (Other suites lift this one rate, as they start fresh installs by the hundred.) The rate's
 * minute comes from a clock the test moves.
 */
describe("a fresh install within Forge SQL's schema-change rate", () => {
  let now = 0;
  const platform = new SandboxPlatform({
    sqliteFile: ':memory:',
    sqlLimits: { ddlPerMinute: 25, monotonicNow: () => (now += 1) },
  });
  afterAll(async () => {
    expect(platform.violations).toEqual([]);
    await platform.close();
  });

  it('answers in words while setting up, carries on each minute, and then works', async () => {
    const answers: Answer[] = [];
    for (let minute = 0; minute < 6; minute += 1) {
      const answer = (await platform.invoke('getSession', {}, admin)) as Answer;
      answers.push(answer);
      if (answer.ok) break;
      now += 61_000;
    }
    const waiting = answers.filter((a) => !a.ok);
    expect(answers.at(-1)!.ok).toBe(true);
    expect(waiting.length).toBeGreaterThanOrEqual(2);
    const done = waiting.map((a) => {
      expect(a.error).toMatchObject({ code: 'unavailable' });
      expect(a.error!.message).toMatch(
        /still setting up its storage \(\d+ of \d+ steps done\)\. Nothing was changed; try again in a minute\./,
      );
      return Number(/\((\d+) of/.exec(a.error!.message)![1]);
    });
    // Each minute's allowance carries the setup further; none is spent twice.
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(new Set(done).size).toBe(done.length);
    expect(platform.sqlLimits.figures().limitHits).toMatchObject({ ddlPerMinute: expect.any(Number) });
  });
});
