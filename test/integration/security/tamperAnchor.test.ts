import { demoUsers } from '../../../sandbox/demo/users';
import { seedDemo } from '../../../sandbox/demo/seed';
import { SandboxClock } from '../../../sandbox/platform/clock';
import { SandboxPlatform } from '../../../sandbox/platform/sandboxPlatform';

/**
 * The trail anchor as production keeps it: the app on the sandbox platform writes its head to the
 * emulated Forge KVS, which the database's owner cannot reach. Cutting entries from the end of the
 * trail in SQL is then told apart from a trail that was never longer.
 */
jest.setTimeout(120_000);

const manager = demoUsers.find((u) => u.siteAdmin)!.accountId;

describe('the trail head anchored in Forge KVS', () => {
  it('[P11.10e] [A11.9] entries cut from the end of the trail in SQL are named by verification', async () => {
    const platform = new SandboxPlatform({ clock: new SandboxClock() });
    try {
      await seedDemo(platform);
      expect(await platform.invoke('verifyAuditTrail', {}, manager)).toMatchObject({
        ok: true,
        value: { intact: true },
      });
      const head = (await platform.sql.execute('SELECT MAX(seq) AS seq FROM audit_trail', [])).rows as Array<{
        seq: number;
      }>;
      const last = Number(head[0]!.seq);
      const anchors = platform.platformDb
        .prepare(`SELECT count(*) AS n FROM forge_kvs WHERE key LIKE 'trail-anchor:%'`)
        .get() as { n: number };
      // One key per recent write, older ones pruned in batches: never one per entry of a long trail.
      expect(anchors.n).toBeGreaterThan(0);
      expect(anchors.n).toBeLessThanOrEqual(Math.min(last, 1000 + 25));

      await platform.sql.execute('DELETE FROM audit_trail WHERE seq > ?', [last - 3]);
      const found = (await platform.invoke('verifyAuditTrail', {}, manager)) as {
        ok: true;
        value: { intact: boolean; breaks: Array<{ kind: string; message: string }> };
      };
      expect(found.value.intact).toBe(false);
      expect(found.value.breaks[0]).toMatchObject({
        kind: 'cut',
        message: `The trail ends at entry ${last - 3} but entry ${last} was written: the entries after ${last - 3} were removed`,
      });
    } finally {
      await platform.close();
    }
  });
});
