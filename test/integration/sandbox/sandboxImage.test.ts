import { SandboxClock } from '../../../sandbox/platform/clock';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import { demoUsers } from '../../../sandbox/site/users';

/**
 * A sandbox started from another's image holds the same app data, products, KVS and time, and
 * carries on independently: what the browser suites rely on when they share one seeded demo.
 */
jest.setTimeout(120_000);

const manager = demoUsers.find((u) => u.siteAdmin)!.accountId;

describe('a sandbox image', () => {
  it('starts a sandbox with the same app data, products, KVS and clock, which then goes its own way', async () => {
    const clock = new SandboxClock();
    clock.freeze(new Date('2026-03-02T09:30:00Z'));
    const original = new SandboxPlatform({ clock });
    let image;
    try {
      const session = (await original.invoke('getSession', {}, manager)) as {
        value: { becameFirstProgrammeManager: boolean };
      };
      expect(session.value.becameFirstProgrammeManager).toBe(true);
      await original.kvs.handle('/api/v1/set', { key: 'imaged', value: { kept: true } });
      image = original.image();
    } finally {
      await original.close();
    }

    const restored = new SandboxPlatform({ image });
    const other = new SandboxPlatform({ image });
    try {
      expect(restored.clock.now().toISOString()).toBe('2026-03-02T09:30:00.000Z');
      // The app finds its storage set up and its first programme manager already chosen.
      const again = (await restored.invoke('getSession', {}, manager)) as {
        value: { becameFirstProgrammeManager: boolean };
      };
      expect(again.value.becameFirstProgrammeManager).toBe(false);
      const kept = await restored.kvs.handle('/api/v1/get', { key: 'imaged' });
      expect(JSON.stringify(kept)).toContain('"kept":true');

      // Each restored sandbox is its own: a write in one is not seen by the other.
      await restored.kvs.handle('/api/v1/set', { key: 'only-here', value: 1 });
      expect(JSON.stringify(await other.kvs.handle('/api/v1/get', { key: 'only-here' }))).not.toContain('"value":1');
    } finally {
      await restored.close();
      await other.close();
    }
  });

  it('is refused for a sandbox on MariaDB, whose data lives outside the process', () => {
    expect(
      () =>
        new SandboxPlatform({
          mariadbUrl: 'mysql://unused',
          image: { sql: Buffer.alloc(0), platform: Buffer.alloc(0), clock: { offsetMs: 0, frozenAt: null } },
        }),
    ).toThrow(/SQLite/);
  });
});
