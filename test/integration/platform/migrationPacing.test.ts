import { migrations } from '../../../src/adapters/sql/migrations';
import { demoUsers } from '../../../sandbox/site/users';
import { SandboxClock } from '../../../sandbox/platform/clock';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';

const siteAdmin = demoUsers.find((u) => u.siteAdmin)!.accountId;
const DDL_PER_MINUTE = 25;

async function recorded(platform: SandboxPlatform): Promise<string[]> {
  const { rows } = await platform.sql.execute('SELECT name FROM __migrations ORDER BY id', []);
  return (rows as Array<{ name: string }>).map((row) => row.name);
}

describe('first use of a fresh installation under Forge SQL’s DDL rate limit', () => {
  let platform: SandboxPlatform;
  beforeAll(() => {
    const clock = new SandboxClock();
    clock.freeze();
    // The sandbox's Forge SQL limits with the real schema-change rate (the suites lift it), its
    // minute read from the platform's clock, which the test moves.
    platform = new SandboxPlatform({
      clock,
      sqlLimits: { ddlPerMinute: DDL_PER_MINUTE, monotonicNow: () => clock.now().getTime() },
    });
  });
  afterAll(() => platform.close());

  it('answers "setting up storage, try again in a minute" until the migrations are through, then works', async () => {
    const ddl = () => platform.sqlLimits.figures().ddlStatements;
    const refused = () => platform.sqlLimits.figures().limitHits.ddlPerMinute ?? 0;
    const minutes = Math.ceil((migrations.length + 1) / DDL_PER_MINUTE);
    expect(minutes).toBeGreaterThan(1); // more DDL than one minute allows

    const first = (await platform.invoke('getSession', {}, siteAdmin)) as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(first).toEqual({
      ok: false,
      error: {
        code: 'unavailable',
        message: `The audit app is still setting up its storage (${DDL_PER_MINUTE - 1} of ${migrations.length} steps done). Nothing was changed; try again in a minute.`,
      },
    });
    // Progress is kept: the record table took one DDL, each applied migration one more.
    expect(await recorded(platform)).toEqual(migrations.slice(0, DDL_PER_MINUTE - 1).map((m) => m.name));

    // A second call within the same minute changes nothing and answers the same.
    const again = (await platform.invoke('getSession', {}, siteAdmin)) as { ok: boolean };
    expect(again.ok).toBe(false);
    expect(await recorded(platform)).toHaveLength(DDL_PER_MINUTE - 1);

    let answer: { ok: boolean } = again;
    for (let minute = 1; minute <= minutes && !answer.ok; minute += 1) {
      platform.clock.advance(61_000);
      answer = (await platform.invoke('getSession', {}, siteAdmin)) as { ok: boolean };
    }
    expect(answer).toMatchObject({ ok: true });
    expect(await recorded(platform)).toEqual(migrations.map((m) => m.name));
    // Every migration ran exactly once, plus the record table: no DDL was repeated.
    expect(ddl()).toBe(migrations.length + 1);
    expect(refused()).toBeGreaterThan(0);

    // Up to date: a later call spends no DDL.
    const ddlBefore = ddl();
    expect(((await platform.invoke('getSession', {}, siteAdmin)) as { ok: boolean }).ok).toBe(true);
    expect(ddl()).toBe(ddlBefore);
  }, 120_000);
});
