import { kvsTrailAnchor } from '../../../src/adapters/forge/kvsTrailAnchor';
import { demoUsers } from '../../../sandbox/site/users';
import { seedDemo } from '../../../sandbox/demo/seed';
import { SandboxClock } from '../../../sandbox/platform/clock';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';

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
  }, 300_000);

  it('[P11.10e] [A11.9] never moves backward under racing writers, keeps a number anchored twice as the conflict, prunes far behind', async () => {
    const platform = new SandboxPlatform({ clock: new SandboxClock() });
    const hash = (seq: number, variant = 'a') => `${variant}${String(seq).padStart(63, '0')}`;
    const anchorKeys = () =>
      (
        platform.platformDb.prepare(`SELECT count(*) AS n FROM forge_kvs WHERE key LIKE 'trail-anchor:%'`).get() as {
          n: number;
        }
      ).n;
    try {
      expect(await kvsTrailAnchor.read()).toEqual({ head: null, conflict: null });
      // Sixty writers finishing in the reverse of their order: the highest still wins.
      await Promise.all(
        Array.from({ length: 60 }, (_, i) => 60 - i).map((seq) => kvsTrailAnchor.raise({ seq, hash: hash(seq) })),
      );
      expect(await kvsTrailAnchor.read()).toEqual({ head: { seq: 60, hash: hash(60) }, conflict: null });
      await kvsTrailAnchor.raise({ seq: 12, hash: hash(12) });
      expect((await kvsTrailAnchor.read()).head?.seq).toBe(60);

      // Entry 7 written again with other content: the first hash stays, the conflict is kept (first one only).
      await kvsTrailAnchor.raise({ seq: 7, hash: hash(7, 'b') });
      await kvsTrailAnchor.raise({ seq: 8, hash: hash(8, 'c') });
      expect((await kvsTrailAnchor.read()).conflict).toEqual({
        seq: 7,
        anchoredHash: hash(7),
        laterHash: hash(7, 'b'),
      });

      // Every 25th write deletes one batch of keys more than 1,000 entries behind it; never the highest.
      expect(anchorKeys()).toBe(60);
      await kvsTrailAnchor.raise({ seq: 1050, hash: hash(1050) });
      expect(anchorKeys()).toBe(61 - 25);
      expect((await kvsTrailAnchor.read()).head).toEqual({ seq: 1050, hash: hash(1050) });
    } finally {
      await platform.close();
    }
  });
});
