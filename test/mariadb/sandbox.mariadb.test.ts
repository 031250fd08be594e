import { seedDemo } from '../../sandbox/demo/seed';
import { demoUsers } from '../../sandbox/site/users';
import { SandboxPlatform } from '../../sandbox/site/sandboxPlatform';
import { freshMariaDb } from '../support/mariadb';

describe('the sandbox with Forge SQL on MariaDB (SANDBOX_MARIADB_URL)', () => {
  it("runs the unmodified app on MariaDB: Forge's migration runner, the demo seed, resolvers and the trail", async () => {
    const fresh = await freshMariaDb();
    const platform = new SandboxPlatform({ mariadbUrl: fresh.url });
    try {
      expect(await seedDemo(platform)).toBe(true);
      const manager = demoUsers.find((u) => u.siteAdmin)!.accountId;
      expect(await platform.invoke('getSession', {}, manager)).toMatchObject({
        ok: true,
        value: { roles: ['programmeManager'] },
      });
      expect(await platform.invoke('listRoleAssignments', {}, manager)).toMatchObject({
        ok: true,
        value: { assignments: expect.any(Array) },
      });
      const verdict = (await platform.invoke('verifyAuditTrail', {}, manager)) as {
        value: { intact: boolean; entries: number };
      };
      expect(verdict.value.intact).toBe(true);
      expect(verdict.value.entries).toBeGreaterThan(10);
      expect(platform.violations).toEqual([]);
    } finally {
      await platform.close();
      await fresh.drop();
    }
    // Seeding the whole demo on MariaDB took 6 s while other work shared the cores: never Jest's 5 s default.
  }, 180_000);
});
